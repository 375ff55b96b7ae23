package jp.kyodonet.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.TenantOwned;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A consultation (相談) received by one centre.
 *
 * <p>Life cycle: {@link #receive received} as OPEN; while open its intake can be {@link #revise revised};
 * {@link #close closed} once with an {@link Outcome}. A closed consultation is final in this slice
 * (the full lifecycle of hearing, assignment and follow-up is a later issue).
 *
 * <p>Invariants: the received date is not in the future and fixes the fiscal year; a closing date is not
 * before the received date nor in the future; outcome and closing date are set exactly when CLOSED.
 * The requester's name and contact are personal data: they stay in the centre and every read of them is
 * audit-logged by the boundary.
 */
@Entity
@Table(name = "consultation")
@NamedQuery(name = Consultation.FIND_BY_SUBMISSION_KEY,
        query = "SELECT c FROM Consultation c WHERE c.submissionKey = :key")
public class Consultation extends TenantOwned {

    public static final String FIND_BY_SUBMISSION_KEY = "Consultation.findBySubmissionKey";

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "requester_kind", nullable = false, length = 32)
    private RequesterKind requesterKind;

    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;

    @Column(name = "requester_contact", length = 200)
    private String requesterContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", nullable = false, length = 32)
    private Topic topic;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ConsultationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 40)
    private Outcome outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closing_note")
    private String closingNote;

    @Column(name = "submission_key", length = 64, updatable = false)
    private String submissionKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    protected Consultation() {
        // for JPA
    }

    private Consultation(UUID id, String submissionKey, Instant now, String by) {
        super(id);
        this.submissionKey = submissionKey;
        this.createdAt = now;
        this.createdBy = by;
        this.status = ConsultationStatus.OPEN;
    }

    /**
     * A consultation comes in.
     *
     * @param submissionKey the client's key for this submission (a repeated submission finds the first), or null
     * @param today         today in Japan, to refuse future dates
     */
    public static Consultation receive(Intake intake, String submissionKey, LocalDate today, Instant now, String by) {
        Consultation consultation = new Consultation(UUID.randomUUID(), submissionKey, now, by);
        consultation.apply(intake, today, now, by);
        return consultation;
    }

    /** Staff correct or complete the intake of an open consultation. */
    public void revise(Intake intake, LocalDate today, Instant now, String by) {
        requireOpen();
        apply(intake, today, now, by);
    }

    /** The consultation ends with an outcome; a closed consultation cannot be closed again. */
    public void close(Outcome outcome, LocalDate on, String note, LocalDate today, Instant now, String by) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(on, "closedOn");
        requireOpen();
        if (on.isBefore(receivedOn)) {
            throw DomainException.invalidInput(List.of(new FieldError("closedOn", new Message(
                    "終了日は受付日（" + receivedOn + "）より前にできません",
                    "closedOn cannot be before the received date (" + receivedOn + ")"))));
        }
        if (on.isAfter(today)) {
            throw DomainException.invalidInput(List.of(new FieldError("closedOn", new Message(
                    "終了日に未来の日付は指定できません", "closedOn cannot be in the future"))));
        }
        this.status = ConsultationStatus.CLOSED;
        this.outcome = outcome;
        this.closedOn = on;
        this.closingNote = note == null || note.isBlank() ? null : note.strip();
        touch(now, by);
    }

    private void apply(Intake intake, LocalDate today, Instant now, String by) {
        if (intake.receivedOn().isAfter(today)) {
            throw DomainException.invalidInput(List.of(new FieldError("receivedOn", new Message(
                    "受付日に未来の日付は指定できません", "receivedOn cannot be in the future"))));
        }
        this.receivedOn = intake.receivedOn();
        this.fiscalYear = FiscalYear.of(intake.receivedOn()).startYear();
        this.channel = intake.channel();
        this.requesterKind = intake.requesterKind();
        this.requesterName = intake.requesterName();
        this.requesterContact = intake.requesterContact();
        this.topic = intake.topic();
        this.summary = intake.summary();
        touch(now, by);
    }

    private void requireOpen() {
        if (status == ConsultationStatus.CLOSED) {
            throw DomainException.conflict(new Message(
                    "この相談はすでに終了しています（" + closedOn + "）",
                    "This consultation is already closed (" + closedOn + ")"));
        }
    }

    private void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Intake intake() {
        return new Intake(receivedOn, channel, requesterKind, requesterName, requesterContact, topic, summary);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public FiscalYear fiscalYear() {
        return new FiscalYear(fiscalYear);
    }

    public Channel channel() {
        return channel;
    }

    public RequesterKind requesterKind() {
        return requesterKind;
    }

    public Topic topic() {
        return topic;
    }

    public String summary() {
        return summary;
    }

    public ConsultationStatus status() {
        return status;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closingNote() {
        return closingNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
