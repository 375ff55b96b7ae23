package jp.kyodonet.programme.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.kyodonet.kpi.CountedRecords;
import jp.kyodonet.programme.control.ProgrammesChanged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.booking.boundary.BookingForm;
import jp.kyodonet.booking.boundary.BookingService;
import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.Purpose;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.programme.control.ProgrammeRepository;
import jp.kyodonet.programme.control.RegistrationDesk;
import jp.kyodonet.programme.entity.PlaceKind;
import jp.kyodonet.programme.entity.Programme;
import jp.kyodonet.programme.entity.ProgrammeSession;
import jp.kyodonet.programme.entity.Registration;
import jp.kyodonet.programme.entity.RegistrationStatus;
import jp.kyodonet.programme.entity.SurveyAnswer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Programmes of the caller's centre (domain model b.2-b.4): planning, sessions (a space is booked through
 * the booking capability), registrations with waiting lists, the attendance grid, survey results, the
 * participant base and the fiscal year's figures. Reads of registrations (personal data) are audit-logged.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class ProgrammeService {

    static final String PROGRAMME = "programme";
    static final String SESSION = "programme-session";
    private static final UUID PARTICIPANT_BASE = UUID.nameUUIDFromBytes("participant-base".getBytes(StandardCharsets.UTF_8));

    @Inject
    Event<ProgrammesChanged> changes;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    RegistrationDesk desk;

    @Inject
    BookingService bookings;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    public Views.ProgrammeView plan(@Valid @NotNull ProgrammeForm form) {
        Programme programme = Programme.plan(form.name(), form.kind(), form.planItem(), form.audience(), form.coOrganisers(),
                form.description(), form.plannedSessions(), form.fiscalYear(), clock.now(), user.signature());
        programmes.add(programme);
        programmes.flush();
        audit.record(AuditEntry.Action.CREATE, PROGRAMME, programme.id());
        return view(programme);
    }

    public List<Views.ProgrammeView> list(Integer fiscalYear) {
        return programmes.programmes(fiscalYear).stream().map(this::view).toList();
    }

    public Views.ProgrammeView read(@NotNull UUID id) {
        return view(find(id));
    }

    public Views.ProgrammeView revise(@NotNull UUID id, long version, @Valid @NotNull ProgrammeForm form) {
        Programme programme = findAtVersion(id, version);
        programme.describe(form.name(), form.kind(), form.planItem(), form.audience(), form.coOrganisers(), form.description(),
                form.plannedSessions(), form.fiscalYear(), clock.now(), user.signature());
        programmes.flush();
        audit.record(AuditEntry.Action.UPDATE, PROGRAMME, id);
        return view(programme);
    }

    /** planned → recruiting → running → completed → evaluated. */
    public Views.ProgrammeView advance(@NotNull UUID id, long version) {
        Programme programme = findAtVersion(id, version);
        programme.advance(clock.now(), user.signature());
        programmes.flush();
        audit.record(AuditEntry.Action.UPDATE, PROGRAMME, id);
        return view(programme);
    }

    @Inject
    jp.kyodonet.programme.control.ProgrammeMails mails;

    /** Adds a session; an on-site or hybrid session in a space of the centre books that space for its time. */
    public Views.ProgrammeView addSession(@NotNull UUID programmeId, @Valid @NotNull SessionForm form) {
        Programme programme = find(programmeId);
        if (!form.end().isAfter(form.start())) {
            throw DomainException.invalidInput(List.of(new FieldError("end", new Message(
                    "終了時刻は開始時刻より後にしてください", "end must be after start"))));
        }
        UUID bookingId = null;
        if (form.placeKind() != PlaceKind.ONLINE && form.spaceId() != null) {
            bookingId = bookings.book(new BookingForm(form.spaceId(), BookerKind.CENTRE_INTERNAL, null, programme.name(),
                    Purpose.EVENT_SEMINAR, form.date(), form.start(), form.end(), form.capacity(), form.title(), null,
                    null, null)).bookings().get(0).id();
        }
        ProgrammeSession session = new ProgrammeSession(programmeId, form.title(), form.date(), form.start(), form.end(),
                form.placeKind(), form.placeKind() == PlaceKind.ONLINE ? null : form.spaceId(), bookingId,
                form.placeNote(), form.lecturer(), form.capacity());
        programmes.add(session);
        programmes.flush();
        audit.record(AuditEntry.Action.CREATE, SESSION, session.id());
        return view(programme);
    }

    /** A session's registrations in order, with waiting positions (personal data: the read is audit-logged). */
    public List<Views.RegistrationView> registrations(@NotNull UUID sessionId) {
        session(sessionId);
        audit.record(AuditEntry.Action.READ_PERSONAL_DATA, SESSION, sessionId);
        return registrationViews(sessionId);
    }

    /** Staff register someone (by phone, at the counter). */
    public Views.Receipt register(@NotNull UUID sessionId, @Valid @NotNull RegistrationForm form) {
        RegistrationDesk.Outcome outcome = desk.register(sessionId, form.name(), form.contact(), form.organisation(),
                form.participantBaseConsent(), false);
        audit.record(AuditEntry.Action.CREATE, SESSION, sessionId);
        return receipt(outcome);
    }

    public void cancel(@NotNull UUID registrationId) {
        Registration registration = programmes.registration(registrationId)
                .orElseThrow(() -> DomainException.notFound("申込", "Registration"));
        desk.cancel(registrationId);
        audit.record(AuditEntry.Action.UPDATE, SESSION, registration.sessionId());
    }

    /** The attendance grid of a session: exactly these registrations were present, all others absent. */
    public List<Views.RegistrationView> recordAttendance(@NotNull UUID sessionId, @NotNull Set<UUID> present) {
        ProgrammeSession held = session(sessionId);
        List<Registration> all = programmes.registrations(sessionId);
        Set<UUID> known = all.stream().map(Registration::id).collect(Collectors.toSet());
        if (!known.containsAll(present)) {
            throw DomainException.invalidInput(List.of(new FieldError("present", new Message(
                    "この回の申込ではない ID が含まれています", "holds ids that are not registrations of this session"))));
        }
        all.forEach(r -> r.markAttendance(present.contains(r.id())));
        programmes.flush();
        // the session has ended: those present get the survey link now (else the minute's run sends it at the end)
        mails.surveys();
        changes.fire(new ProgrammesChanged(CountedRecords.yearsOf(held.date())));
        audit.record(AuditEntry.Action.UPDATE, SESSION, sessionId);
        return registrationViews(sessionId);
    }

    /** Survey results of one session, or of every session of a programme. */
    public Views.SurveyResults results(UUID sessionId, UUID programmeId) {
        List<String> sessionIds;
        if (sessionId != null) {
            session(sessionId);
            sessionIds = List.of(sessionId.toString());
        } else {
            find(programmeId);
            sessionIds = programmes.sessions(programmeId).stream().map(s -> s.id().toString()).toList();
        }
        return results(programmes.answers(sessionIds));
    }

    /** People who attended and agreed to be kept in touch (協働関心層), by contact, most sessions first. */
    public List<Views.Participant> participantBase() {
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, List<Registration>> byContact = new LinkedHashMap<>();
        for (Registration r : programmes.attendedWithConsent()) {
            byContact.computeIfAbsent(r.contact().toLowerCase(), c -> new java.util.ArrayList<>()).add(r);
            programmes.session(r.sessionId()).ifPresent(s -> dates.merge(r.contact().toLowerCase(), s.date(),
                    (a, b) -> a.isAfter(b) ? a : b));
        }
        audit.record(AuditEntry.Action.READ_PERSONAL_DATA, "participant-base", PARTICIPANT_BASE);
        return byContact.entrySet().stream().map(e -> {
            Registration latest = e.getValue().stream().max(Comparator.comparing(Registration::registeredAt)).orElseThrow();
            return new Views.Participant(latest.personName(), latest.contact(), latest.organisationName(),
                    e.getValue().size(), dates.get(e.getKey()));
        }).sorted(Comparator.comparingInt(Views.Participant::sessionsAttended).reversed()
                .thenComparing(Views.Participant::name)).toList();
    }

    /** The centre's figures for a fiscal year, computed from the records. */
    public Views.Figures figures(int fiscalYear) {
        List<Programme> year = programmes.programmes(fiscalYear);
        List<ProgrammeSession> sessions = programmes.sessionsOf(year.stream().map(p -> p.id().toString()).toList());
        List<String> sessionIds = sessions.stream().map(s -> s.id().toString()).toList();
        List<Registration> attended = programmes.attendedIn(sessionIds);
        Views.SurveyResults survey = results(programmes.answers(sessionIds));
        return new Views.Figures(fiscalYear, year.size(), sessions.size(), attended.size(),
                attended.stream().map(r -> r.contact().toLowerCase()).distinct().count(), survey.satisfactionAverage(),
                survey.understandingImprovedShare(), survey.answers());
    }

    private static Views.SurveyResults results(List<SurveyAnswer> answers) {
        if (answers.isEmpty()) {
            return new Views.SurveyResults(0, null, null, null, List.of());
        }
        double n = answers.size();
        return new Views.SurveyResults(answers.size(),
                answers.stream().mapToInt(SurveyAnswer::satisfaction).average().orElse(0),
                answers.stream().filter(SurveyAnswer::understandingImproved).count() / n,
                answers.stream().filter(SurveyAnswer::motivationImproved).count() / n,
                answers.stream().map(SurveyAnswer::comment).filter(c -> c != null).toList());
    }

    private List<Views.RegistrationView> registrationViews(UUID sessionId) {
        int[] waiting = {0};
        return programmes.registrations(sessionId).stream().map(r -> new Views.RegistrationView(r.id(), r.version(),
                r.sequence(), r.personName(), r.contact(), r.organisationName(), r.status(),
                r.status() == RegistrationStatus.WAITING ? ++waiting[0] : 0, r.attended(), r.participantBaseConsent(),
                r.token(), r.registeredAt())).toList();
    }

    static Views.Receipt receipt(RegistrationDesk.Outcome outcome) {
        Registration r = outcome.registration();
        return new Views.Receipt(r.status(), outcome.waitingPosition(), r.token(), null, null, null, r.receiptNo());
    }

    private ProgrammeSession session(UUID id) {
        return programmes.session(id).orElseThrow(() -> DomainException.notFound("回", "Session"));
    }

    private Programme find(UUID id) {
        return programmes.programme(id).orElseThrow(() -> DomainException.notFound("事業", "Programme"));
    }

    private Programme findAtVersion(UUID id, long version) {
        Programme programme = find(id);
        if (!programme.isAtVersion(version)) {
            throw DomainException.staleVersion();
        }
        return programme;
    }

    private Views.ProgrammeView view(Programme p) {
        return new Views.ProgrammeView(p.id(), p.version(), p.name(), p.kind(), p.planItem(), p.audience(), p.coOrganisers(),
                p.description(), p.plannedSessions(), p.fiscalYear(), p.status(),
                programmes.sessions(p.id()).stream().map(this::sessionView).toList());
    }

    Views.SessionView sessionView(ProgrammeSession s) {
        long registered = programmes.count(s.id(), RegistrationStatus.REGISTERED);
        long waiting = programmes.count(s.id(), RegistrationStatus.WAITING);
        return new Views.SessionView(s.id(), s.title(), s.date(), s.start(), s.end(), s.placeKind(), s.spaceId(),
                s.bookingId(), s.placeNote(), s.lecturer(), s.capacity(), registered, waiting,
                Math.max(0, s.capacity() - registered));
    }
}
