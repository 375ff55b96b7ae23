package jp.kyodonet.platform.tenancy;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place where the tenant is applied: bound to every enterprise bean of the ejb-jar as a default
 * interceptor (ejb-jar.xml), it sets the current tenant on the transaction's persistence context before
 * each business method. Because it runs on every call, a {@code REQUIRES_NEW} method (new persistence
 * context) gets the tenant too. Without a tenant nothing is set and EclipseLink refuses tenant-owned
 * queries (fails closed).
 */
public class TenantInterceptor {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @AroundInvoke
    public Object applyTenant(InvocationContext invocation) throws Exception {
        String tenant = tenantOrNull();
        if (tenant != null) {
            em.setProperty(TenantOwned.TENANT_PROPERTY, tenant);
        }
        return invocation.proceed();
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
