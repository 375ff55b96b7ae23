package jp.kyodonet.programme.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.kyodonet.kpi.CountedRecords;
import jakarta.persistence.PersistenceException;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.programme.entity.Programme;
import jp.kyodonet.programme.entity.ProgrammeSession;
import jp.kyodonet.programme.entity.Registration;
import jp.kyodonet.programme.entity.RegistrationStatus;
import jp.kyodonet.programme.entity.SurveyAnswer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Places, waiting lists and survey answers of the current centre's sessions, for staff (their token's
 * centre) and for the public pages (through {@code SystemTasks.asTenant}). A registration or a
 * cancellation locks its session row, so places and waiting positions are handed out one at a time in
 * the order requests reach the database, and a freed place goes to the first person waiting.
 */
@Stateless
public class RegistrationDesk {

    /** A registration and, while waiting, its place in the queue (1 = next). */
    public record Outcome(Registration registration, int waitingPosition) {
    }

    @Inject
    Event<ProgrammesChanged> changes;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CurrentTenant tenant;

    @Inject
    BusinessClock clock;

    @Inject
    ProgrammeMails mails;

    /** A registration as its own page shows it to the person (by the link in their mail). */
    public record Own(Registration registration, ProgrammeSession session, Programme programme, int waitingPosition) {
    }

    /** The registration behind a person's link, with its session, programme and place in the queue. */
    public Own own(String token) {
        Registration registration = programmes.registrationByToken(token)
                .orElseThrow(() -> DomainException.notFound("申込", "Registration"));
        ProgrammeSession session = programmes.session(registration.sessionId()).orElseThrow();
        int position = 0;
        if (registration.status() == RegistrationStatus.WAITING) {
            List<Registration> all = programmes.registrations(session.id());
            position = 1 + (int) all.stream().filter(r -> r.status() == RegistrationStatus.WAITING
                    && r.sequence() < registration.sequence()).count();
        }
        return new Own(registration, session, programmes.programme(session.programmeId()).orElseThrow(), position);
    }

    /** The person cancels through their link: before the session begins only. */
    public Own cancelOwn(String token) {
        Own own = own(token);
        if (own.session().hasBegun(clock.now())) {
            throw DomainException.conflict(new Message("始まった回の申込はここでは取り消せません。センターへご連絡ください",
                    "A session that has begun cannot be cancelled here; please contact the centre"));
        }
        cancel(own.registration().id());
        return own(token);
    }

    public Outcome register(UUID sessionId, String personName, String contact, String organisationName,
                            boolean participantBaseConsent, boolean publicRequest) {
        ProgrammeSession session = programmes.lockSession(sessionId)
                .orElseThrow(() -> DomainException.notFound("回", "Session"));
        Programme programme = programmes.programme(session.programmeId()).orElseThrow();
        if (publicRequest && !programme.isOpenForRegistration()) {
            throw DomainException.conflict(new Message("この事業は現在申込を受け付けていません",
                    "This programme is not taking registrations now"));
        }
        if (session.date().isBefore(clock.today())) {
            throw DomainException.conflict(new Message("終わった回には申し込めません", "This session is over"));
        }
        // one registration per contact and session (the session row is locked: the database's key is the backstop)
        if (programmes.standing(sessionId, Registration.fold(contact))) {
            throw DomainException.conflict(new Message("この連絡先ではこの回にすでに申し込まれています",
                    "This contact has already registered for this session"));
        }
        boolean placeLeft = programmes.count(sessionId, RegistrationStatus.REGISTERED) < session.capacity();
        Registration registration = new Registration(tenant.get().orElseThrow().value(), sessionId,
                session.nextSequence(), placeLeft, personName, contact, organisationName, participantBaseConsent,
                clock.now());
        registration.number(session.date());
        programmes.add(registration);
        programmes.flush();
        Outcome outcome = new Outcome(registration,
                placeLeft ? 0 : (int) programmes.count(sessionId, RegistrationStatus.WAITING));
        mails.registered(registration, outcome.waitingPosition());
        return outcome;
    }

    /** Cancels; a freed place goes to the first person waiting, who is returned. */
    public Optional<Registration> cancel(UUID registrationId) {
        Registration registration = programmes.registration(registrationId)
                .orElseThrow(() -> DomainException.notFound("申込", "Registration"));
        programmes.lockSession(registration.sessionId()).orElseThrow();
        boolean hadPlace = registration.status() == RegistrationStatus.REGISTERED;
        registration.cancel();
        Optional<Registration> movedUp = Optional.empty();
        if (hadPlace) {
            movedUp = programmes.registrations(registration.sessionId()).stream()
                    .filter(r -> r.status() == RegistrationStatus.WAITING).findFirst();
            movedUp.ifPresent(Registration::moveUp);
        }
        programmes.flush();
        movedUp.ifPresent(mails::movedUp);
        return movedUp;
    }

    /** The registration behind a survey link, or 404. */
    public Registration byToken(String token) {
        return programmes.registrationByToken(token).orElseThrow(() -> DomainException.notFound("アンケート", "Survey"));
    }

    /** What a survey page shows: the programme and session titles. */
    public List<String> surveyTitles(String token) {
        Registration registration = byToken(token);
        ProgrammeSession session = programmes.session(registration.sessionId()).orElseThrow();
        Programme programme = programmes.programme(session.programmeId()).orElseThrow();
        return List.of(programme.name(), session.title(), session.date().toString());
    }

    /** One answer per registration: a second is refused (409), by the database's unique key too. */
    public void answer(String token, int satisfaction, boolean understanding, boolean motivation, String comment) {
        Registration registration = byToken(token);
        if (registration.status() == RegistrationStatus.CANCELLED) {
            throw DomainException.conflict(new Message("取り消された申込ではアンケートに回答できません",
                    "A cancelled registration cannot answer the survey"));
        }
        ProgrammeSession session = programmes.session(registration.sessionId()).orElseThrow();
        if (!session.hasBegun(clock.now())) {
            throw DomainException.conflict(new Message("アンケートは回が始まってから回答できます",
                    "The survey opens once the session has begun"));
        }
        if (!registration.attended()) {
            throw DomainException.conflict(new Message("アンケートは当日出席された方にお願いしています（出席の記録がありません）",
                    "The survey is for those who attended (no attendance is recorded for this registration)"));
        }
        programmes.add(new SurveyAnswer(registration.id(), registration.sessionId(), satisfaction, understanding,
                motivation, comment, clock.now()));
        try {
            programmes.flush();
            programmes.session(registration.sessionId())
                    .ifPresent(held -> changes.fire(new ProgrammesChanged(CountedRecords.yearsOf(held.date()))));
        } catch (PersistenceException twice) {
            throw DomainException.conflict(new Message("このアンケートには回答済みです。ご協力ありがとうございました。",
                    "This survey has already been answered. Thank you."));
        }
    }
}
