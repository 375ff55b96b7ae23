package jp.kyodonet.platform.tenancy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jp.kyodonet.tenants.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The interceptor's rules, with a recording persistence context and a one-transaction registry. */
class TenantInterceptorTest {

    private final Map<String, Object> emProperties = new HashMap<>();
    private final Transactions transactions = new Transactions();
    private final TenantInterceptor interceptor = new TenantInterceptor();
    private final InvocationContext invocation = proxy(InvocationContext.class, (method, args) ->
            "proceed".equals(method) ? "done" : null);

    @BeforeEach
    void wire() {
        interceptor.em = proxy(EntityManager.class, (method, args) -> {
            if ("setProperty".equals(method)) {
                emProperties.put((String) args[0], args[1]);
            }
            return null;
        });
        interceptor.transactions = transactions;
        interceptor.currentTenant = new CurrentTenant();
    }

    @Test
    void appliesTheRequestsTenantToThePersistenceContext() throws Exception {
        interceptor.currentTenant.set(new TenantId("nishi"));
        assertEquals("done", interceptor.applyTenant(invocation));
        assertEquals("nishi", emProperties.get(TenantOwned.TENANT_PROPERTY));
    }

    @Test
    void withoutATenantNothingIsSetSoTenantQueriesFailClosed() throws Exception {
        assertEquals("done", interceptor.applyTenant(invocation));
        assertNull(emProperties.get(TenantOwned.TENANT_PROPERTY));
    }

    @Test
    void aTransactionThatActedForOneTenantRefusesAnother() throws Exception {
        interceptor.currentTenant.runAs(new TenantId("city"), () -> call());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> interceptor.currentTenant.runAs(new TenantId("nishi"), this::call));
        assertEquals("this transaction acts for tenant city; it cannot act for nishi", refused.getMessage());
        assertEquals("city", emProperties.get(TenantOwned.TENANT_PROPERTY), "the context keeps its tenant");
        transactions.resources.clear();
        transactions.key = "second transaction";
        interceptor.currentTenant.runAs(new TenantId("nishi"), this::call);
        assertEquals("nishi", emProperties.get(TenantOwned.TENANT_PROPERTY), "a new transaction may act for another");
    }

    private Object call() {
        try {
            return interceptor.applyTenant(invocation);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.answer(method.getName(), args));
    }

    /** One running transaction. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        Object key = "first transaction";
        final Map<Object, Object> resources = new HashMap<>();

        @Override public Object getTransactionKey() { return key; }
        @Override public void putResource(Object k, Object v) { resources.put(k, v); }
        @Override public Object getResource(Object k) { return resources.get(k); }
        @Override public void registerInterposedSynchronization(Synchronization sync) { }
        @Override public int getTransactionStatus() { return 0; }
        @Override public void setRollbackOnly() { }
        @Override public boolean getRollbackOnly() { return false; }
    }
}
