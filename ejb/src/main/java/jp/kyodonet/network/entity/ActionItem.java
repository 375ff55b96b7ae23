package jp.kyodonet.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action decided at a meeting, assigned to a centre with a due date. The assigned centre sees it in its
 * portal and updates its status; the next meeting's materials list it for review.
 */
@Entity
@Table(name = "net_action_item")
public class ActionItem {

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "meeting_id", nullable = false, length = 36, updatable = false)
    private String meetingId;

    @Column(name = "assignee_tenant", nullable = false, length = 32, updatable = false)
    private String assignee;

    @Column(name = "title", nullable = false, length = 300, updatable = false)
    private String title;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ActionStatus status;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected ActionItem() {
        // for JPA
    }

    public ActionItem(UUID meetingId, TenantId assignee, String title, LocalDate dueOn, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.meetingId = meetingId.toString();
        this.assignee = assignee.value();
        this.title = title.strip();
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** The assigned centre reports where it stands. */
    public void report(ActionStatus status, String note, Instant now, String by) {
        this.status = status;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public boolean isAssignedTo(TenantId centre) {
        return assignee.equals(centre.value());
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public UUID meetingId() { return UUID.fromString(meetingId); }
    public TenantId assignee() { return new TenantId(assignee); }
    public String title() { return title; }
    public LocalDate dueOn() { return dueOn; }
    public ActionStatus status() { return status; }
    public String note() { return note; }
    public Instant updatedAt() { return updatedAt; }
}
