package jp.kyodonet.collaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * One office's answer to a survey: a ward office (区役所, on its ward's tenant) or a bureau (局, at the city centre,
 * named). The office edits its rows while the answer is pending and submits it; the division may return a submitted
 * answer with a reason while the survey is open, and reminds offices that have not answered.
 */
@Entity
@Table(name = "collab_survey_answer")
public class AnnualSurveyAnswer {

    public enum Status { PENDING, SUBMITTED }

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "survey_id", nullable = false, length = 36, updatable = false)
    private String surveyId;

    @Column(name = "owner_tenant", nullable = false, length = 32, updatable = false)
    private String ownerTenant;

    @Enumerated(EnumType.STRING)
    @Column(name = "office_kind", nullable = false, length = 8, updatable = false)
    private OwnerKind officeKind;

    @Column(name = "office_name", nullable = false, length = 100, updatable = false)
    private String officeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 200)
    private String submittedBy;

    @Column(name = "returned_reason", length = 2000)
    private String returnedReason;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "reminders", nullable = false)
    private int reminders;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected AnnualSurveyAnswer() {
        // for JPA
    }

    public AnnualSurveyAnswer(AnnualSurvey survey, TenantId ownerTenant, OwnerKind officeKind, String officeName, Instant now, String by) {
        this.id = UUID.randomUUID().toString();
        this.surveyId = survey.id().toString();
        this.ownerTenant = ownerTenant.value();
        this.officeKind = officeKind;
        this.officeName = officeName;
        this.status = Status.PENDING;
        touch(now, by);
    }

    /** The office may change its rows: the answer is pending and the survey open. */
    public void requireEditable(AnnualSurvey survey) {
        survey.requireOpen();
        if (status != Status.PENDING) {
            throw DomainException.conflict(new Message("提出済みの回答は変更できません（市民協働推進課が差し戻すと変更できます）",
                    "A submitted answer cannot be changed (the division can return it)"));
        }
    }

    public void submit(Instant now, String by) {
        status = Status.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        returnedReason = null;
        touch(now, by);
    }

    /** The division sends a submitted answer back to the office, saying why. */
    public void giveBack(String reason, Instant now, String by) {
        if (status != Status.SUBMITTED) {
            throw DomainException.conflict(new Message("差し戻せるのは提出済みの回答です", "Only a submitted answer can be returned"));
        }
        status = Status.PENDING;
        returnedReason = reason.strip();
        touch(now, by);
    }

    public void remind(Instant now) {
        remindedAt = now;
        reminders++;
    }

    public void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    public UUID id() { return UUID.fromString(id); }
    public long version() { return version; }
    public UUID surveyId() { return UUID.fromString(surveyId); }
    public TenantId ownerTenant() { return new TenantId(ownerTenant); }
    public OwnerKind officeKind() { return officeKind; }
    public String officeName() { return officeName; }
    public Status status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public String returnedReason() { return returnedReason; }
    public Instant remindedAt() { return remindedAt; }
    public int reminders() { return reminders; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
