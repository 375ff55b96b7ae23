package jp.kyodonet.web.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Colleagues' comments on one record ({@code …/{id}/comments}), with the colleagues they mention. One root resource
 * per kind of record ({@link RecordPaths}) names its collection's path.
 */
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public abstract class RecordCommentsResource {

    private static final Set<String> FIELDS = Set.of("body", "mentions");

    @Inject
    RecordComments comments;

    @Inject
    Validation validation;

    private final RecordKind kind;

    protected RecordCommentsResource(RecordKind kind) {
        this.kind = kind;
    }

    @GET
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    /** The record's comments, oldest first. */
    public List<CommentView> list(@PathParam("id") String id) {
        return comments.list(kind, record(id));
    }

    @POST
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    /** Comment on the record, mentioning colleagues by their subject (each is told). */
    public Response add(@PathParam("id") String id, JsonObject body) {
        UUID recordId = record(id);
        JsonFields fields = JsonFields.of(body);
        List<String> mentions = fields.texts("mentions");
        CommentForm form = validation.valid(fields, FIELDS, new CommentForm(fields.text("body"),
                mentions == null ? List.of() : mentions));
        return Response.status(Response.Status.CREATED).entity(comments.add(kind, recordId, form)).build();
    }

    @DELETE
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Path("{commentId}")
    /** Remove a comment (its author only). */
    public Response remove(@PathParam("id") String id, @PathParam("commentId") String commentId) {
        UUID recordId = record(id);
        comments.remove(kind, recordId, Params.id(commentId, "コメント", "Comment"));
        return Response.noContent().build();
    }

    private UUID record(String id) {
        return Params.id(id, kind.ja(), kind.en());
    }
}
