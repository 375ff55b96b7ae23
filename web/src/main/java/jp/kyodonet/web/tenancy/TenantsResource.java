package jp.kyodonet.web.tenancy;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The centres of the network (PUBLIC scope). */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "tenants", description = "センター一覧 (the centres of the network)")
public class TenantsResource {

    @Inject
    TenantDirectory tenants;

    @GET
    @Operation(summary = "The active centres, city centre first")
    public List<TenantView> list() {
        return tenants.active().stream().map(TenantView::of).toList();
    }
}
