package jp.kyodonet.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jp.kyodonet.tenants.TenantId;

import java.util.Optional;

/**
 * The tenant the current request (or system task) acts for. Filled once per request from the verified
 * token by the web layer's security filter, or by {@link SystemTasks} for scheduled work; read only by
 * {@link TenantInterceptor}.
 */
@RequestScoped
public class CurrentTenant {

    private TenantId tenant;

    public Optional<TenantId> get() {
        return Optional.ofNullable(tenant);
    }

    /** Sets the tenant once; a request never changes tenant half-way. */
    public void set(TenantId tenantId) {
        if (tenant != null && !tenant.equals(tenantId)) {
            throw new IllegalStateException("the tenant of this request is already " + tenant);
        }
        this.tenant = tenantId;
    }
}
