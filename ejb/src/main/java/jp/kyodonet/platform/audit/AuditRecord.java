package jp.kyodonet.platform.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of a centre's audit log as its manager sees it: when, who, what, which record. */
public record AuditRecord(Instant occurredAt, String actor, String action, String recordType, UUID recordId) {
}
