package jp.kyodonet.platform.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The one place where the tenant is applied: bound to every enterprise bean of the ejb-jar as a default
 * interceptor (ejb-jar.xml), it sets the current tenant on the transaction's persistence context before
 * each business method. Because it runs on every call, a {@code REQUIRES_NEW} method (new persistence
 * context) gets the tenant too. Without a tenant nothing is set and EclipseLink refuses tenant-owned
 * queries (fails closed). A transaction is bound to the first tenant that uses it and refuses any other.
 */
public class TenantInterceptor {

    /** The transaction resource that holds the tenant a transaction acts for (read by the KPI change listener). */
    public static final String TRANSACTION_TENANT = TenantInterceptor.class.getName() + ".tenant";

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object applyTenant(InvocationContext invocation) throws Exception {
        String tenant = tenantOrNull();
        if (tenant != null) {
            bindToTransaction(tenant);
            em.setProperty(TenantOwned.TENANT_PROPERTY, tenant);
        }
        return invocation.proceed();
    }

    /**
     * A transaction acts for one tenant only. EclipseLink fills tenant_id when it flushes, so switching
     * the tenant of a persistence context that holds unflushed changes would write them into the new
     * tenant: refused.
     */
    private void bindToTransaction(String tenant) {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        Object bound = transactions.getResource(TRANSACTION_TENANT);
        if (bound == null) {
            transactions.putResource(TRANSACTION_TENANT, tenant);
        } else if (!bound.equals(tenant)) {
            throw new IllegalStateException("this transaction acts for tenant " + bound + "; it cannot act for " + tenant);
        }
    }

    private String tenantOrNull() {
        try {
            return currentTenant.get().map(Object::toString).orElse(null);
        } catch (ContextNotActiveException noRequest) {
            // start-up singletons and timers run outside a request: they must go through SystemTasks
            return null;
        }
    }
}
