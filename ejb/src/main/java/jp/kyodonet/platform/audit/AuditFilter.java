package jp.kyodonet.platform.audit;

import java.time.LocalDate;

/**
 * What a manager narrows the audit log to: a person (part of the name), an action, a kind of record, a record,
 * a period of days in Japan's time. Every part is optional.
 */
public record AuditFilter(String actor, AuditEntry.Action action, String recordType, java.util.UUID recordId,
                          LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);
}
