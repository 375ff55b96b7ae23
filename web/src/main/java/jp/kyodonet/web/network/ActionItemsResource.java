package jp.kyodonet.web.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.network.boundary.ActionItems;
import jp.kyodonet.network.boundary.NetworkForms;
import jp.kyodonet.network.boundary.NetworkViews;
import jp.kyodonet.network.entity.ActionStatus;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** The action items assigned to the caller's centre. */
@Path("network/action-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "network")
public class ActionItemsResource {

    private static final Set<String> REPORT_FIELDS = Set.of("status", "note");

    @Inject
    ActionItems actions;

    @Inject
    Validation validation;

    @GET
    @Operation(summary = "The centre's action items from network meetings")
    public List<NetworkViews.Action> mine() {
        return actions.mine();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an item's status (only the assigned centre; If-Match)")
    public NetworkViews.Action report(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        var itemId = Params.id(id, "対応事項", "Action item");
        JsonFields fields = JsonFields.of(body);
        NetworkForms.ActionReport report = validation.valid(fields, REPORT_FIELDS, new NetworkForms.ActionReport(
                fields.choice("status", ActionStatus.class), fields.text("note")));
        return actions.report(itemId, Params.version(ifMatch, null), report);
    }
}
