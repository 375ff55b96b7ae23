package jp.kyodonet.web.staff;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.staff.boundary.StaffDirectory;
import jp.kyodonet.staff.boundary.StaffView;
import jp.kyodonet.web.platform.JsonFields;
import jp.kyodonet.web.platform.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The centre's staff directory (職員名簿): who works here, in which roles, active or not. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "staff", description = "職員名簿 (the centre's staff directory)")
public class StaffResource {

    @Inject
    StaffDirectory directory;

    @GET
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "The centre's staff directory (active=true: those who may be assigned); audit-logged")
    public List<StaffView> list(@QueryParam("active") String active) {
        return directory.list("true".equals(active));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    @Operation(summary = "Take a person off the centre's list (they left) or back on (managers)")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        UUID staffId = Params.id(id, "職員", "Staff member");
        JsonFields fields = JsonFields.of(body);
        Long bodyVersion = fields.whole("version");
        Boolean active = fields.truth("active");
        // absent or null: named; a value of another type is already named by truth()
        fields.done(Set.of("active", "version"), active == null
                ? List.of(new FieldError("active", new Message("在籍中かどうか（true か false）を指定してください",
                "say whether they still work here (true or false)")))
                : List.of());
        StaffView view = directory.setActive(staffId, Params.version(ifMatch, bodyVersion), active);
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }
}
