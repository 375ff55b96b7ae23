package jp.kyodonet.platform.tenancy;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jp.kyodonet.tenants.TenantId;

import java.util.function.Supplier;

/**
 * The explicit way for system work (start-up loaders, timers, async jobs) to act for a tenant: a fresh
 * request context holding that tenant, in which the work calls ordinary business beans (which open their
 * own transactions). Work for several tenants loops over them and calls {@link #asTenant} once per
 * tenant, so no unit of work ever mixes tenants. It refuses to run inside a user's request, whose tenant
 * comes from the token and must not be replaced.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemTasks {

    @Inject
    RequestContextController requestContext;

    @Inject
    CurrentTenant currentTenant;

    /** Runs {@code work} as {@code tenant} in a request context of its own. */
    public <T> T asTenant(TenantId tenant, Supplier<T> work) {
        if (!requestContext.activate()) {
            throw new IllegalStateException("system tasks run outside user requests");
        }
        try {
            currentTenant.set(tenant);
            return work.get();
        } finally {
            requestContext.deactivate();
        }
    }
}
