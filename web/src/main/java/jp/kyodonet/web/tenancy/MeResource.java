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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Who the caller is: their centre and roles, for the portal header and navigation. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@Tag(name = "tenants")
public class MeResource {

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
    SignedIn signedIn;

    @GET
    @RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.HQ_ANALYST,
            Roles.WARD_OFFICER, Roles.BUREAU_OFFICER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "The signed-in user's centre and roles")
    public Me me() {
        String centre = tenant.get().orElseThrow().value();
        signedIn.record();
        return new Me(token.getSubject(), signedIn.name(), signedIn.email(), TenantView.of(tenants.findActive(centre).orElseThrow()),
                signedIn.roles(),
                SecurityFilter.text(token.getClaim("bureau")), SecurityFilter.text(token.getClaim("division")));
    }
}
