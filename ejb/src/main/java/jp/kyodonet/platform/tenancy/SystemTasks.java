package jp.kyodonet.platform.tenancy;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jp.kyodonet.tenants.TenantId;

import java.util.function.Supplier;

/**
 * The explicit way for system work (start-up loaders, timers, async jobs) to act for a tenant: the work
 * runs in a transaction of its own ({@code REQUIRES_NEW}) with that tenant as the current one, and calls
 * ordinary business beans, which join that transaction and get the tenant from {@link TenantInterceptor}.
 * Work for several tenants loops over them and calls {@link #asTenant} once per tenant, so no transaction
 * ever mixes tenants. A user's request, whose tenant comes from the token, cannot use it.
 */
@Stateless
public class SystemTasks {

    @Inject
    RequestContextController requestContext;

    @Inject
    CurrentTenant currentTenant;

    /** Runs {@code work} as {@code tenant} in a new transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T asTenant(TenantId tenant, Supplier<T> work) {
        boolean activated = requestContext.activate();
        try {
            return currentTenant.runAs(tenant, work);
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
