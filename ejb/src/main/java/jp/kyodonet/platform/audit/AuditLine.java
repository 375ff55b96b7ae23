package jp.kyodonet.platform.audit;

import java.time.Instant;

/** One audit line as shown to a centre manager. */
public record AuditLine(Instant occurredAt, String actor, String action) {
}
