package jp.kyodonet.web.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.inbox.boundary.Inbox;
import jp.kyodonet.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 受信箱: what waits for the signed-in person and their centre. */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
        Roles.WARD_OFFICER, Roles.BUREAU_OFFICER})
@SecurityRequirement(name = "jwt")
@Tag(name = "inbox", description = "受信箱 (what waits for me and my centre, computed from the records)")
public class InboxResource {

    @Inject
    Inbox inbox;

    @GET
    @Operation(summary = "What waits for me and my centre: counts per kind (mine, centre) and the items, oldest first,"
            + " each with why and since when and the record it opens")
    public Inbox.View read() {
        return inbox.read();
    }
}
