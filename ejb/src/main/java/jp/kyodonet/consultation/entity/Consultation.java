package jp.kyodonet.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A consultation (相談) received by one centre.
 *
 * <p>Life cycle (domain model b.1): {@link #receive received} → {@link #recordHearing initial hearing} →
 * {@link #assign assigned} to a staff member → {@link #startWork in progress} (experts brought in, city
 * divisions linked) → {@link #scheduleFollowUp follow-up} with a next-action date → {@link #close closed}
 * with an {@link Outcome}. The hearing may be skipped; a consultation can be reassigned while open and
 * move between in progress and follow-up; it can only be closed once someone is assigned. Every other
 * move is refused with a conflict that says why.
 *
 * <p>Invariants: the received date is not in the future and fixes the fiscal year; at least one topic;
 * a closing date lies between the received date and today; outcome and closing date are set exactly
 * when CLOSED; the first response is the first move out of RECEIVED (or the first case card). The
 * requester's name and contact are personal data: they stay in the centre and every read of them is
 * audit-logged by the boundary.
 */
@Entity
@EntityListeners(jp.kyodonet.consultation.control.ConsultationChanges.class)
@Table(name = "consultation")
@NamedQuery(name = Consultation.FIND_BY_SUBMISSION_KEY,
        query = "SELECT c FROM Consultation c WHERE c.submissionKey = :key")
public class Consultation extends TenantOwned {

    public static final String FIND_BY_SUBMISSION_KEY = "Consultation.findBySubmissionKey";

    private static final Set<ConsultationStatus> CLOSABLE =
            EnumSet.of(ConsultationStatus.ASSIGNED, ConsultationStatus.IN_PROGRESS, ConsultationStatus.FOLLOW_UP);

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
    @Column(name = "track", nullable = false, length = 24)
    private Track track;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_stage", length = 16)
    private OrganisationStage stage;

    @Convert(converter = TopicsConverter.class)
    @Column(name = "topics", nullable = false, length = 200)
    private Set<Topic> topics;

    /** The same column as text (",A,B,"), read-only, for the topic filter. */
    @Column(name = "topics", insertable = false, updatable = false)
    private String topicTags;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ConsultationStatus status;

    @Column(name = "assignee_subject", length = 200)
    private String assigneeSubject;

    @Column(name = "assignee_name", length = 200)
    private String assigneeName;

    @Column(name = "experts", length = 1000)
    private String experts;

    @Column(name = "city_divisions", length = 1000)
    private String cityDivisions;

    @Column(name = "next_action_on")
    private LocalDate nextActionOn;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 40)
    private Outcome outcome;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_note")
    private String closingNote;

    /** The referral this consultation was opened for, when another centre referred it here. */
    @Column(name = "referral_id", length = 36, updatable = false)
    private String referralId;

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
        this.status = ConsultationStatus.RECEIVED;
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

    /**
     * The receiving centre accepted a referral: its own consultation, received today through the referral.
     * The requester's name and contact come only if the requester consented; otherwise the record says
     * that the sending centre keeps them.
     */
    public static Consultation receiveReferral(Referral referral, String fromCentre, LocalDate today, Instant now,
                                               String by) {
        String name = referral.contactConsent() && referral.requesterName() != null
                ? referral.requesterName()
                : "（" + fromCentre + "からの紹介・連絡先は紹介元で管理）";
        Intake intake = new Intake(today, Channel.REFERRAL, referral.requesterKind(), name,
                referral.contactConsent() ? referral.requesterContact() : null, referral.track(), referral.stage(),
                referral.topics(), referral.summary());
        Consultation consultation = new Consultation(UUID.randomUUID(), null, now, by);
        consultation.referralId = referral.id().toString();
        consultation.apply(intake, today, now, by);
        return consultation;
    }

    /** Staff correct or complete the intake of an open consultation. */
    public void revise(Intake intake, LocalDate today, Instant now, String by) {
        requireOpen();
        apply(intake, today, now, by);
    }

    /** Reception held the initial hearing (初期ヒアリング), by phone or e-mail. */
    public void recordHearing(Instant now, String by) {
        requireStatus(EnumSet.of(ConsultationStatus.RECEIVED), new Message(
                "初期ヒアリングは受付直後の相談にだけ記録できます", "The initial hearing follows reception only"));
        status = ConsultationStatus.INITIAL_HEARING;
        responded(now);
        touch(now, by);
    }

    /** The manager or chief coordinator assigns (or reassigns) the staff member responsible. */
    public void assign(String subject, String name, Instant now, String by) {
        Objects.requireNonNull(subject, "assignee");
        requireOpen();
        assigneeSubject = subject;
        assigneeName = name == null || name.isBlank() ? subject : name.strip();
        if (status == ConsultationStatus.RECEIVED || status == ConsultationStatus.INITIAL_HEARING) {
            status = ConsultationStatus.ASSIGNED;
        }
        responded(now);
        touch(now, by);
    }

    /** Work starts (or resumes after follow-up): experts or practitioners brought in, city divisions linked. */
    public void startWork(String experts, String cityDivisions, Instant now, String by) {
        requireStatus(EnumSet.of(ConsultationStatus.ASSIGNED, ConsultationStatus.FOLLOW_UP), new Message(
                "対応を始めるには担当者の割り当てが必要です", "Assign someone before work starts"));
        this.experts = blankToNull(experts);
        this.cityDivisions = blankToNull(cityDivisions);
        status = ConsultationStatus.IN_PROGRESS;
        touch(now, by);
    }

    /** The consultation continues as follow-up (継続フォロー) with the date of the next action. */
    public void scheduleFollowUp(LocalDate nextAction, LocalDate today, Instant now, String by) {
        Objects.requireNonNull(nextAction, "nextActionOn");
        requireStatus(EnumSet.of(ConsultationStatus.IN_PROGRESS, ConsultationStatus.FOLLOW_UP), new Message(
                "継続フォローは対応中の相談にだけ設定できます", "Only a consultation in progress goes to follow-up"));
        requireNotPast(nextAction, today);
        status = ConsultationStatus.FOLLOW_UP;
        nextActionOn = nextAction;
        touch(now, by);
    }

    /** A case card (関わりカード) was written: it counts as a response and may set the next action. */
    public void noteCaseCard(LocalDate nextAction, LocalDate today, Instant now, String by) {
        requireOpen();
        if (nextAction != null) {
            requireNotPast(nextAction, today);
            nextActionOn = nextAction;
        }
        responded(now);
        touch(now, by);
    }

    /** The consultation ends with an outcome; only an assigned consultation can end, and only once. */
    public void close(Outcome outcome, LocalDate on, String note, LocalDate today, Instant now, String by) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(on, "closedOn");
        requireOpen();
        requireStatus(CLOSABLE, new Message("担当者が決まっていない相談は終了できません。先に担当者を割り当ててください。",
                "A consultation without an assignee cannot be closed; assign someone first."));
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
        this.closedAt = now;
        this.nextActionOn = null;
        this.closingNote = blankToNull(note);
        touch(now, by);
    }

    /** Open and its next action is before today. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && nextActionOn != null && nextActionOn.isBefore(today);
    }

    private void apply(Intake intake, LocalDate today, Instant now, String by) {
        if (intake.receivedOn().isAfter(today)) {
            throw DomainException.invalidInput(List.of(new FieldError("receivedOn", new Message(
                    "受付日に未来の日付は指定できません", "receivedOn cannot be in the future"))));
        }
        if (intake.topics().isEmpty()) {
            throw DomainException.invalidInput(List.of(new FieldError("topics", new Message(
                    "分野を一つ以上選んでください", "choose at least one topic"))));
        }
        this.receivedOn = intake.receivedOn();
        this.fiscalYear = FiscalYear.of(intake.receivedOn()).startYear();
        this.channel = intake.channel();
        this.requesterKind = intake.requesterKind();
        this.requesterName = intake.requesterName();
        this.requesterContact = intake.requesterContact();
        this.track = intake.track();
        this.stage = intake.stage();
        this.topics = intake.topics();
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

    private void requireStatus(Set<ConsultationStatus> allowed, Message why) {
        requireOpen();
        if (!allowed.contains(status)) {
            Message now = Vocabulary.label(status);
            throw DomainException.conflict(new Message(why.ja() + "（現在の状態: " + now.ja() + "）",
                    why.en() + " (current status: " + now.en() + ")"));
        }
    }

    private static void requireNotPast(LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            throw DomainException.invalidInput(List.of(new FieldError("nextActionOn", new Message(
                    "次の対応日に過去の日付は指定できません", "nextActionOn cannot be in the past"))));
        }
    }

    private void responded(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
    }

    private void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The referral this consultation was opened for, if any. */
    public UUID referralId() {
        return referralId == null ? null : UUID.fromString(referralId);
    }

    public Intake intake() {
        return new Intake(receivedOn, channel, requesterKind, requesterName, requesterContact, track, stage, topics,
                summary);
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

    public Track track() {
        return track;
    }

    public OrganisationStage stage() {
        return stage;
    }

    public Set<Topic> topics() {
        return topics;
    }

    public String summary() {
        return summary;
    }

    public ConsultationStatus status() {
        return status;
    }

    public String assigneeSubject() {
        return assigneeSubject;
    }

    public String assigneeName() {
        return assigneeName;
    }

    public String experts() {
        return experts;
    }

    public String cityDivisions() {
        return cityDivisions;
    }

    public LocalDate nextActionOn() {
        return nextActionOn;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Instant closedAt() {
        return closedAt;
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
