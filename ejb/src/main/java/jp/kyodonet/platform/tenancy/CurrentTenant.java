package jp.kyodonet.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jp.kyodonet.tenants.TenantId;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current request (or system task) acts for. Filled once per request from the verified
 * token by the web layer's security filter, or by {@link SystemTasks} for system work; read only by
 * {@link TenantInterceptor}.
 */
@RequestScoped
public class CurrentTenant {

    private TenantId tenant;

    public Optional<TenantId> get() {
        return Optional.ofNullable(tenant);
    }

    /** Sets the tenant of a user's request once, from the verified token; it never changes half-way. */
    public void set(TenantId tenantId) {
        if (tenant != null && !tenant.equals(tenantId)) {
            throw new IllegalStateException("the tenant of this request is already " + tenant);
        }
        this.tenant = tenantId;
    }

    /**
     * Runs system work as {@code tenantId} and then forgets the tenant again. Refused inside a request
     * that already acts for a tenant: a user's request never borrows another tenant.
     */
    <T> T runAs(TenantId tenantId, Supplier<T> work) {
        if (tenant != null) {
            throw new IllegalStateException("this request already acts for " + tenant + "; system work runs outside it");
        }
        tenant = tenantId;
        try {
            return work.get();
        } finally {
            tenant = null;
        }
    }
}
