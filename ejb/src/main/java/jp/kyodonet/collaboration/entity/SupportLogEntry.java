package jp.kyodonet.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kyodonet.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a proposal's companion-support log (伴走支援): date, supporter, activity, notes. */
@Entity
@Table(name = "collab_support_log")
public class SupportLogEntry extends TenantOwned {

    @Column(name = "proposal_id", nullable = false, length = 36, updatable = false)
    private String proposalId;

    @Column(name = "support_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "supporter", nullable = false, length = 200, updatable = false)
    private String supporter;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false, length = 32, updatable = false)
    private SupportActivity activity;

    @Column(name = "notes", length = 4000, updatable = false)
    private String notes;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200, updatable = false)
    private String recordedBy;

    protected SupportLogEntry() {
        // for JPA
    }

    public SupportLogEntry(UUID proposalId, LocalDate date, String supporter, SupportActivity activity, String notes,
                           Instant now, String by) {
        super(UUID.randomUUID());
        this.proposalId = proposalId.toString();
        this.date = date;
        this.supporter = supporter.strip();
        this.activity = activity;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.recordedAt = now;
        this.recordedBy = by;
    }

    public UUID proposalId() { return UUID.fromString(proposalId); }
    public LocalDate date() { return date; }
    public String supporter() { return supporter; }
    public SupportActivity activity() { return activity; }
    public String notes() { return notes; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
}
