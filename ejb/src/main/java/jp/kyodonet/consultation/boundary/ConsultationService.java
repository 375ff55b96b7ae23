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
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLine;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;

import java.util.List;
import java.util.UUID;

/**
 * Consultations of the caller's centre. The centre is the caller's tenant, applied by the platform;
 * no method takes a tenant. Reads of personal data and every change are audit-logged.
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
        audit.record(AuditEntry.Action.CREATE, RECORD_TYPE, consultation.id());
        return new Submission(view(consultation), true);
    }

    /** A page of the centre's consultations, newest first, without personal data. */
    public Page<ConsultationSummary> list(@Valid @NotNull ConsultationQuery query) {
        return consultations.list(query.status(), query.fiscalYear(), query.page()).map(ConsultationService::summary);
    }

    /** One consultation in full; the read of its personal data is audit-logged. */
    public ConsultationView read(@NotNull UUID id) {
        Consultation consultation = find(id);
        audit.record(AuditEntry.Action.READ_PERSONAL_DATA, RECORD_TYPE, id);
        return view(consultation);
    }

    /** Staff correct the intake of an open consultation they read at {@code version}. */
    public ConsultationView revise(@NotNull UUID id, long version, @Valid @NotNull IntakeForm form) {
        Consultation consultation = findAtVersion(id, version);
        consultation.revise(form.toIntake(), clock.today(), clock.now(), user.signature());
        flushOrStale();
        audit.record(AuditEntry.Action.UPDATE, RECORD_TYPE, id);
        return view(consultation);
    }

    /** Staff close an open consultation with its outcome. */
    public ConsultationView close(@NotNull UUID id, long version, @Valid @NotNull ClosingForm form) {
        Consultation consultation = findAtVersion(id, version);
        consultation.close(form.outcome(), form.closedOn(), form.note(), clock.today(), clock.now(), user.signature());
        flushOrStale();
        audit.record(AuditEntry.Action.CLOSE, RECORD_TYPE, id);
        return view(consultation);
    }

    /** A manager removes a consultation entered by mistake. */
    @RolesAllowed(Roles.CENTRE_MANAGER)
    public void remove(@NotNull UUID id, long version) {
        Consultation consultation = findAtVersion(id, version);
        consultations.remove(consultation);
        flushOrStale();
        audit.record(AuditEntry.Action.DELETE, RECORD_TYPE, id);
    }

    /** A manager sees who read or changed a consultation. */
    @RolesAllowed(Roles.CENTRE_MANAGER)
    public List<AuditLine> auditTrail(@NotNull UUID id) {
        find(id);
        return audit.ofRecord(RECORD_TYPE, id);
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

    static ConsultationSummary summary(Consultation c) {
        String summary = c.summary();
        String excerpt = summary.codePointCount(0, summary.length()) <= 60
                ? summary
                : summary.substring(0, summary.offsetByCodePoints(0, 60)) + "…";
        return new ConsultationSummary(c.id(), c.version(), c.receivedOn(), c.fiscalYear().startYear(), c.channel(),
                c.requesterKind(), c.topic(), excerpt, c.status(), c.outcome(), c.closedOn());
    }

    static ConsultationView view(Consultation c) {
        var intake = c.intake();
        return new ConsultationView(c.id(), c.version(), c.receivedOn(), c.fiscalYear().startYear(), c.channel(),
                c.requesterKind(), intake.requesterName(), intake.requesterContact(), c.topic(), c.summary(),
                c.status(), c.outcome(), c.closedOn(), c.closingNote(), c.createdAt(), c.createdBy(),
                c.updatedAt(), c.updatedBy());
    }
}
