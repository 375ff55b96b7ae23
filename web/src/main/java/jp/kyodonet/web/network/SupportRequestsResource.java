package jp.kyodonet.web.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.network.boundary.NetworkForms;
import jp.kyodonet.network.boundary.NetworkViews;
import jp.kyodonet.network.boundary.SupportRequests;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 運営支援の依頼: ward centres ask the city centre; city coordinators answer. */
@Path("network/support-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "network")
public class SupportRequestsResource {

    private static final Set<String> ASK_FIELDS = Set.of("topic", "body");
    private static final Set<String> ANSWER_FIELDS = Set.of("answer");

    @Inject
    SupportRequests requests;

    @Inject
    Validation validation;

    @GET
    @Operation(summary = "A ward centre's own requests; at the city centre, every centre's")
    public List<NetworkViews.Support> list() {
        return requests.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the city centre for support (ward centres)")
    public Response ask(JsonObject body) {
        JsonFields fields = JsonFields.of(body);
        NetworkForms.SupportForm form = validation.valid(fields, ASK_FIELDS,
                new NetworkForms.SupportForm(fields.text("topic"), fields.text("body")));
        return Response.status(Response.Status.CREATED).entity(requests.ask(form)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request")
    public NetworkViews.Support read(@PathParam("id") String id) {
        return requests.read(requestId(id));
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    @Operation(summary = "Answer a request (city coordinators; If-Match)")
    public NetworkViews.Support answer(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID requestId = requestId(id);
        JsonFields fields = JsonFields.of(body);
        NetworkForms.AnswerForm form = validation.valid(fields, ANSWER_FIELDS, new NetworkForms.AnswerForm(fields.text("answer")));
        return requests.answer(requestId, Params.version(ifMatch, null), form);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close an answered request (the asking centre; If-Match)")
    public NetworkViews.Support close(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return requests.close(requestId(id), Params.version(ifMatch, null));
    }

    private static UUID requestId(String id) {
        return Params.id(id, "支援依頼", "Support request");
    }
}
