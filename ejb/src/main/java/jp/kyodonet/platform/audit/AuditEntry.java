package jp.kyodonet.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a centre's audit log: who read personal data of, or changed, which record, and when.
 * Written in the transaction of the act it records; never changed afterwards (no setters).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_BY_RECORD,
        query = "SELECT a FROM AuditEntry a WHERE a.recordType = :type AND a.recordId = :id ORDER BY a.occurredAt DESC")
@NamedQuery(name = AuditEntry.RECENT, query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC")
@NamedQuery(name = AuditEntry.COUNT, query = "SELECT COUNT(a) FROM AuditEntry a")
public class AuditEntry extends TenantOwned {

    public static final String FIND_BY_RECORD = "AuditEntry.findByRecord";
    public static final String RECENT = "AuditEntry.recent";
    public static final String COUNT = "AuditEntry.count";

    /** What was done. */
    public enum Action {
        READ_PERSONAL_DATA, CREATE, UPDATE, CLOSE, DELETE
    }

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 32)
    private Action action;

    @Column(name = "record_type", nullable = false, length = 64)
    private String recordType;

    @Column(name = "record_id", nullable = false, length = 36)
    private String recordId;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant occurredAt, String actor, Action action, String recordType, UUID recordId) {
        super(UUID.randomUUID());
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId.toString();
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Action action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public UUID recordId() {
        return UUID.fromString(recordId);
    }
}
