package jp.kyodonet.web.tenancy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.web.platform.SecurityFilter;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.staff.boundary.StaffDirectory;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** Who the caller is: their centre and roles, for the portal header and navigation. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "tenants")
public class MeResource {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MeResource.class.getName());

    /** The signed-in user. */
    public record Me(String subject, String name, String email, TenantView centre, List<String> roles, String bureau,
                     String division) {
    }

    @Inject
    JsonWebToken token;

    @Inject
    CurrentTenant tenant;

    @Inject
    TenantDirectory tenants;

    @Inject
    StaffDirectory staff;

    @GET
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
            Roles.WARD_OFFICER, Roles.BUREAU_OFFICER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The signed-in user's centre and roles")
    public Me me() {
        String centre = tenant.get().orElseThrow().value();
        Set<String> groups = token.getGroups();
        String name = SecurityFilter.personName(token);
        String email = SecurityFilter.text(token.getClaim("email"));
        List<String> roles = Roles.ALL.stream().filter(groups::contains).toList();
        // signing in puts the person in their centre's staff directory (or brings their entry up to date); an officer
        // of a ward office or a bureau works for the city government, not for the centre, and stays out of it
        boolean officerOnly = roles.stream().allMatch(r -> Roles.WARD_OFFICER.equals(r) || Roles.BUREAU_OFFICER.equals(r));
        if (!officerOnly) {
            try {
                staff.seen(token.getSubject(), name, email, roles);
            } catch (RuntimeException e) {
                // a first sign-in racing another of the same person: the other one wrote the entry
                LOG.fine(() -> "staff directory not updated for " + token.getSubject() + ": " + e);
            }
        }
        return new Me(token.getSubject(), name, email, TenantView.of(tenants.findActive(centre).orElseThrow()), roles,
                SecurityFilter.text(token.getClaim("bureau")), SecurityFilter.text(token.getClaim("division")));
    }
}
