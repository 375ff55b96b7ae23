package jp.kyodonet.consultation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jp.kyodonet.consultation.control.ConsultationRepository;
import jp.kyodonet.consultation.entity.CaseCard;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.ConsultationStep;
import jp.kyodonet.consultation.entity.Vocabulary;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLine;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.staff.boundary.StaffDirectory;
import jp.kyodonet.staff.entity.StaffMember;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import jp.kyodonet.mail.control.Notices;
import jp.kyodonet.platform.tenancy.CurrentTenant;

/**
 * Consultations of the caller's centre, through their whole life. The centre is the caller's tenant,
 * applied by the platform; no method takes a tenant. Reads of personal data and every change are
 * audit-logged; every lifecycle move is a timeline step.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class ConsultationService {

    static final String RECORD_TYPE = "consultation";

    @Inject
    ConsultationRepository consultations;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    StaffDirectory staff;

    @Inject
    BusinessClock clock;

    /**
     * Staff record a consultation that came in. A repeated submission with the same key returns the
     * first one instead of creating a second.
     */
    public Submission receive(@Valid @NotNull IntakeForm form,
                              @Pattern(regexp = "[A-Za-z0-9._:-]{8,64}") String submissionKey) {
        if (submissionKey != null) {
            var earlier = consultations.findBySubmissionKey(submissionKey);
            if (earlier.isPresent()) {
                return new Submission(view(earlier.get()), false);
            }
        }
        Consultation consultation = Consultation.receive(form.toIntake(), submissionKey, clock.today(), clock.now(),
                user.signature());
        consultations.add(consultation);
        try {
            consultations.flush();
        } catch (PersistenceException clash) {
            throw DomainException.conflict(new Message(
                    "同じ送信がすでに処理中です。一覧を確認してください。",
                    "The same submission is already being processed; check the list."));
        }
        step(consultation, ConsultationStep.Kind.RECEIVED, null);
        audit.record(AuditEntry.Action.CREATE, RECORD_TYPE, consultation.id());
        return new Submission(view(consultation), true);
    }

    /** A page of the centre's consultations, newest first, filtered, without personal data. */
    public Page<ConsultationSummary> list(@Valid @NotNull ConsultationQuery query) {
        LocalDate today = clock.today();
        var filter = new ConsultationRepository.Filter(query.status(), query.track(), query.assignee(), query.topic(),
                query.overdue(), query.fiscalYear(), query.text(), today, query.sort());
        return consultations.list(filter, query.page()).map(c -> summary(c, today));
    }

    /** One consultation in full; the read of its personal data is audit-logged. */
    public ConsultationView read(@NotNull UUID id) {
        Consultation consultation = find(id);
        audit.record(AuditEntry.Action.READ_PERSONAL_DATA, RECORD_TYPE, id);
        return view(consultation);
    }

    /** Staff correct the intake of an open consultation they read at {@code version}. */
    public ConsultationView revise(@NotNull UUID id, long version, @Valid @NotNull IntakeForm form) {
        return change(id, version, ConsultationStep.Kind.REVISED, null,
                c -> c.revise(form.toIntake(), clock.today(), clock.now(), user.signature()));
    }

    /** Reception records the initial hearing (初期ヒアリング). */
    public ConsultationView recordHearing(@NotNull UUID id, long version, String note) {
        return change(id, version, ConsultationStep.Kind.INITIAL_HEARING, note,
                c -> c.recordHearing(clock.now(), user.signature()));
    }

    /** The manager or chief coordinator assigns (or reassigns) the responsible staff member. */
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
    public ConsultationView assign(@NotNull UUID id, long version, @Valid @NotNull AssignmentForm form) {
        // the assignee is a person of this centre's staff directory; their name is the directory's, not the form's
        // (the consultation is looked up first: another centre's id is 404 whatever the assignee)
        find(id);
        StaffMember assignee = staff.assignee(form.assigneeSubject());
        ConsultationView assigned = change(id, version, ConsultationStep.Kind.ASSIGNED, assignee.name(),
                c -> c.assign(assignee.subject(), assignee.name(), clock.now(), user.signature()));
        if (!assignee.subject().equals(user.subject())) {
            // the mail names the consultation by the day it came in, nothing of the requester
            LocalDate received = find(id).receivedOn();
            notices.toPerson(tenant.get().orElseThrow(), assignee.subject(), new Notices.Notice(
                    Notices.Kind.CONSULTATION_ASSIGNED, "consultations", id.toString(),
                    new Message(received + " 受付の相談", "The consultation received on " + received)));
        }
        return assigned;
    }

    /** Work starts or resumes, with the experts and city divisions brought in. */
    public ConsultationView startWork(@NotNull UUID id, long version, @Valid @NotNull WorkForm form) {
        String detail = join(form.experts(), form.cityDivisions());
        return change(id, version, ConsultationStep.Kind.WORK_STARTED, detail,
                c -> c.startWork(form.experts(), form.cityDivisions(), clock.now(), user.signature()));
    }

    /** The consultation goes to follow-up (継続フォロー) with its next-action date. */
    public ConsultationView scheduleFollowUp(@NotNull UUID id, long version, @Valid @NotNull FollowUpForm form) {
        String detail = form.nextActionOn() + (form.note() == null || form.note().isBlank() ? "" : " " + form.note());
        return change(id, version, ConsultationStep.Kind.FOLLOW_UP, detail,
                c -> c.scheduleFollowUp(form.nextActionOn(), clock.today(), clock.now(), user.signature()));
    }

    /** Staff close a consultation with its outcome. */
    public ConsultationView close(@NotNull UUID id, long version, @Valid @NotNull ClosingForm form) {
        return change(id, version, ConsultationStep.Kind.CLOSED, Vocabulary.label(form.outcome()).ja(),
                c -> c.close(form.outcome(), form.closedOn(), form.note(), clock.today(), clock.now(), user.signature()));
    }

    /** Staff write a case card (関わりカード) on an open consultation; its next action becomes the consultation's. */
    public TimelineEntry addCaseCard(@NotNull UUID id, @Valid @NotNull CaseCardForm form) {
        Consultation consultation = find(id);
        consultation.noteCaseCard(form.nextActionOn(), clock.today(), clock.now(), user.signature());
        CaseCard card = new CaseCard(id, form.writtenOn(), form.note(), form.nextAction(), form.nextActionOn(),
                clock.now(), user.signature());
        consultations.add(card);
        flushOrStale();
        return entry(card);
    }

    /** The consultation's timeline: its moves and case cards, oldest first. */
    public List<TimelineEntry> timeline(@NotNull UUID id) {
        find(id);
        List<TimelineEntry> entries = new ArrayList<>();
        consultations.steps(id).forEach(s -> entries.add(new TimelineEntry(s.occurredAt(), s.kind().name(), s.actor(),
                s.detail(), null, null, null)));
        consultations.caseCards(id).forEach(c -> entries.add(entry(c)));
        entries.sort(Comparator.comparing(TimelineEntry::occurredAt));
        return entries;
    }

    /** A manager removes a consultation entered by mistake. */
    @RolesAllowed(Roles.CENTRE_MANAGER)
    public void remove(@NotNull UUID id, long version) {
        Consultation consultation = findAtVersion(id, version);
        consultations.remove(consultation);
        flushOrStale();
        files.removeAllOf(tenant.get().orElseThrow(), jp.kyodonet.attachment.entity.RecordKind.CONSULTATION, id);
        audit.record(AuditEntry.Action.DELETE, RECORD_TYPE, id);
    }

    /** A manager sees who read or changed a consultation. */
    @RolesAllowed(Roles.CENTRE_MANAGER)
    public List<AuditLine> auditTrail(@NotNull UUID id) {
        find(id);
        return audit.ofRecord(RECORD_TYPE, id);
    }

    @Inject
    Notices notices;

    @Inject
    CurrentTenant tenant;

    private ConsultationView change(UUID id, long version, ConsultationStep.Kind kind, String detail,
                                    Consumer<Consultation> move) {
        Consultation consultation = findAtVersion(id, version);
        move.accept(consultation);
        flushOrStale();
        step(consultation, kind, detail);
        audit.record(kind == ConsultationStep.Kind.CLOSED ? AuditEntry.Action.CLOSE : AuditEntry.Action.UPDATE,
                RECORD_TYPE, id);
        return view(consultation);
    }

    private void step(Consultation consultation, ConsultationStep.Kind kind, String detail) {
        consultations.add(new ConsultationStep(consultation.id(), kind, detail, clock.now(), user.signature()));
    }

    private Consultation find(UUID id) {
        return consultations.find(id).orElseThrow(() -> DomainException.notFound("相談", "Consultation"));
    }

    private Consultation findAtVersion(UUID id, long version) {
        Consultation consultation = find(id);
        if (!consultation.isAtVersion(version)) {
            throw DomainException.staleVersion();
        }
        return consultation;
    }

    private void flushOrStale() {
        try {
            consultations.flush();
        } catch (OptimisticLockException concurrent) {
            throw DomainException.staleVersion();
        }
    }

    private static String join(String first, String second) {
        String a = first == null ? "" : first.strip();
        String b = second == null ? "" : second.strip();
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " / " + b;
    }

    private static TimelineEntry entry(CaseCard card) {
        return new TimelineEntry(card.writtenAt(), "CASE_CARD", card.author(), card.note(), card.writtenOn(),
                card.nextAction(), card.nextActionOn());
    }

    static ConsultationSummary summary(Consultation c, LocalDate today) {
        String summary = c.summary();
        String excerpt = summary.codePointCount(0, summary.length()) <= 60
                ? summary
                : summary.substring(0, summary.offsetByCodePoints(0, 60)) + "…";
        return new ConsultationSummary(c.id(), c.version(), c.receivedOn(), c.fiscalYear().startYear(), c.channel(),
                c.requesterKind(), c.track(), c.topics(), excerpt, c.status(), c.assigneeName(), c.nextActionOn(),
                c.isOverdue(today), c.outcome(), c.closedOn());
    }

    ConsultationView view(Consultation c) {
        var intake = c.intake();
        return new ConsultationView(c.id(), c.version(), c.receivedOn(), c.fiscalYear().startYear(), c.channel(),
                c.requesterKind(), intake.requesterName(), intake.requesterContact(), c.track(), c.stage(), c.topics(),
                c.summary(), c.status(), c.assigneeSubject(), c.assigneeName(), c.experts(), c.cityDivisions(),
                c.nextActionOn(), c.isOverdue(clock.today()), c.firstResponseAt(), c.outcome(), c.closedOn(),
                c.closedAt(), c.closingNote(), c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy(), c.referralId());
    }

    @Inject
    jp.kyodonet.attachment.boundary.RecordFiles files;
}
