package jp.kyodonet.web.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.attachment.boundary.CommentForm;
import jp.kyodonet.attachment.boundary.CommentView;
import jp.kyodonet.attachment.boundary.RecordComments;
import jp.kyodonet.attachment.entity.RecordKind;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Colleagues' comments on one record ({@code …/{id}/comments}), with the colleagues they mention. */
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@Produces(MediaType.APPLICATION_JSON)
public class RecordCommentsResource {

    private static final Set<String> FIELDS = Set.of("body", "mentions");

    private final RecordComments comments;
    private final Validation validation;
    private final RecordKind kind;
    private final String recordId;

    RecordCommentsResource(RecordComments comments, Validation validation, RecordKind kind, String recordId) {
        this.comments = comments;
        this.validation = validation;
        this.kind = kind;
        this.recordId = recordId;
    }

    @GET
    @Operation(summary = "The record's comments, oldest first")
    public List<CommentView> list() {
        return comments.list(kind, record());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on the record, mentioning colleagues by their subject (each is told)")
    public Response add(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        List<String> mentions = fields.texts("mentions");
        CommentForm form = validation.valid(fields, FIELDS, new CommentForm(fields.text("body"),
                mentions == null ? List.of() : mentions));
        return Response.status(Response.Status.CREATED).entity(comments.add(kind, record(), form)).build();
    }

    @DELETE
    @Path("{commentId}")
    @Operation(summary = "Remove a comment (its author only)")
    public Response remove(@PathParam("commentId") String commentId) {
        comments.remove(kind, record(), Params.id(commentId, "コメント", "Comment"));
        return Response.noContent().build();
    }

    private UUID record() {
        return RecordParts.recordId(kind, recordId);
    }
}
