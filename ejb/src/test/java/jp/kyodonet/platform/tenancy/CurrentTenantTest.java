package jp.kyodonet.platform.tenancy;

import jp.kyodonet.tenants.TenantId;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurrentTenantTest {

    private static final TenantId NISHI = new TenantId("nishi");
    private static final TenantId TOTSUKA = new TenantId("totsuka");

    @Test
    void aRequestNeverChangesTenant() {
        CurrentTenant current = new CurrentTenant();
        current.set(NISHI);
        current.set(NISHI);
        assertThrows(IllegalStateException.class, () -> current.set(TOTSUKA));
        assertEquals(NISHI, current.get().orElseThrow());
    }

    @Test
    void systemWorkActsForOneTenantAtATimeAndForgetsIt() {
        CurrentTenant current = new CurrentTenant();
        assertEquals(NISHI, current.runAs(NISHI, () -> current.get().orElseThrow()));
        assertTrue(current.get().isEmpty());
        assertEquals(TOTSUKA, current.runAs(TOTSUKA, () -> current.get().orElseThrow()));
        assertThrows(IllegalStateException.class, () -> current.runAs(NISHI, () -> current.runAs(TOTSUKA, () -> 1)));
        assertTrue(current.get().isEmpty(), "forgotten even when the work failed");
    }

    @Test
    void aUsersRequestCannotStartSystemWork() {
        CurrentTenant current = new CurrentTenant();
        current.set(NISHI);
        assertThrows(IllegalStateException.class, () -> current.runAs(TOTSUKA, () -> 1));
    }
}
