package jp.kyodonet.platform.demo;

import jp.kyodonet.tenants.TenantId;

import java.time.LocalDate;

/**
 * Fired once per demo centre, inside a system task acting as that centre: each capability that has
 * demo records observes it and adds them if the centre has none yet.
 */
public record DemoDataRequested(TenantId tenant, LocalDate today) {
}
