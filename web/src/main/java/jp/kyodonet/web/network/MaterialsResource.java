package jp.kyodonet.web.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.network.boundary.MeetingService;
import jp.kyodonet.network.boundary.NetworkViews;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** 会議資料: a generated packet as data or as a PDF, and freezing it as the meeting's official version. */
@Path("network/materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
@SecurityRequirement(name = "jwt")
@Tag(name = "network")
public class MaterialsResource {

    @Inject
    MeetingService meetings;

    @GET
    @Path("{id}")
    @Operation(summary = "A generated packet (資料1-5)")
    public NetworkViews.Materials read(@PathParam("id") String id) {
        return meetings.materials(materialsId(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The packet as a printable PDF (A4, Japanese font embedded; 資料1, 資料2 ...)")
    public Response pdf(@PathParam("id") String id) {
        NetworkViews.Materials materials = meetings.materials(materialsId(id));
        return Response.ok(MaterialsPdf.render(materials), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"materials-" + materials.packet().date() + ".pdf\"").build();
    }

    @POST
    @Path("{id}/official")
    @RolesAllowed(Roles.NETWORK_COORDINATOR)
    @Operation(summary = "Freeze this packet as the meeting's official materials (one per meeting)")
    public NetworkViews.Materials official(@PathParam("id") String id) {
        return meetings.makeOfficial(materialsId(id));
    }

    private static UUID materialsId(String id) {
        return Params.id(id, "資料", "Materials");
    }
}
