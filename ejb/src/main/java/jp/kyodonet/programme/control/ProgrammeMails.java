package jp.kyodonet.programme.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.mail.control.MailTexts;
import jp.kyodonet.mail.control.Outbox;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.SystemTasks;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.platform.time.MinuteDue;
import jp.kyodonet.programme.entity.PlaceKind;
import jp.kyodonet.programme.entity.Programme;
import jp.kyodonet.programme.entity.ProgrammeSession;
import jp.kyodonet.programme.entity.Registration;
import jp.kyodonet.programme.entity.RegistrationStatus;
import jp.kyodonet.tenants.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The mails a programme's registrants get, when their contact is an e-mail address: the confirmation (with the
 * receipt number and the link to cancel), the move up from the waiting list, the reminder the day before (at
 * {@code kyodo.mail.reminder-at}, Japan time, default 10:00), and after the session the survey link, to those marked
 * present only. Each is queued in the outbox in the transaction of what causes it; a reminder and a survey link are
 * noted on the registration, so each goes once whichever server or run finds it first.
 */
@Stateless
public class ProgrammeMails {

    private static final Logger LOG = Logger.getLogger(ProgrammeMails.class.getName());

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    Outbox outbox;

    @Inject
    MailTexts texts;

    @Inject
    CurrentTenant tenant;

    @Inject
    TenantDirectory tenants;

    @Inject
    BusinessClock clock;

    @Inject
    SystemTasks tasks;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    @Inject
    @ConfigProperty(name = "kyodo.mail.reminder-at", defaultValue = "10:00")
    Provider<String> reminderAt;

    public void registered(Registration r, int waitingPosition) {
        r.email().ifPresent(to -> queue(r, "REGISTRATION", to,
                texts.registered(r.personName(), session(r), r.status() == RegistrationStatus.WAITING, waitingPosition)));
    }

    public void movedUp(Registration r) {
        r.email().ifPresent(to -> queue(r, "MOVED_UP", to, texts.movedUp(r.personName(), session(r))));
    }

    /** The current centre's reminders for tomorrow's sessions not yet sent; returns how many. */
    public int remindTomorrow() {
        LocalDate tomorrow = clock.today().plusDays(1);
        int sent = 0;
        for (Registration r : em.createQuery("SELECT r FROM Registration r WHERE r.status = :registered"
                        + " AND r.remindedAt IS NULL AND r.sessionId IN (SELECT s.id FROM ProgrammeSession s"
                        + " WHERE s.date = :tomorrow)", Registration.class)
                .setParameter("registered", RegistrationStatus.REGISTERED).setParameter("tomorrow", tomorrow)
                .getResultList()) {
            r.reminded(clock.now());
            if (r.email().isPresent()) {
                queue(r, "REMINDER", r.email().get(), texts.reminder(r.personName(), session(r)));
                sent++;
            }
        }
        em.flush();
        return sent;
    }

    /**
     * The current centre's survey links for those present at sessions that ended in the last week (attendance is
     * often marked later; older sessions are not surveyed any more); returns how many.
     */
    public int surveys() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.now(), BusinessClock.JAPAN);
        int sent = 0;
        for (Registration r : em.createQuery("SELECT r FROM Registration r WHERE r.attended = TRUE"
                        + " AND r.surveyMailedAt IS NULL AND r.sessionId IN (SELECT s.id FROM ProgrammeSession s"
                        + " WHERE s.date <= :today AND s.date >= :weekAgo)", Registration.class)
                .setParameter("today", now.toLocalDate()).setParameter("weekAgo", now.toLocalDate().minusDays(7))
                .getResultList()) {
            ProgrammeSession s = programmes.session(r.sessionId()).orElseThrow();
            if (!s.isOver(clock.now())) {
                continue;
            }
            r.surveyMailed(clock.now());
            if (r.email().isPresent()) {
                queue(r, "SURVEY", r.email().get(), texts.survey(r.personName(), session(r)));
                sent++;
            }
        }
        em.flush();
        return sent;
    }

    /** Once a minute for the deployment group: survey links; at the reminder time, tomorrow's reminders. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void minute(@Observes MinuteDue due) {
        boolean remind = due.japan().toLocalTime().equals(LocalTime.parse(reminderAt.get()));
        int reminders = 0;
        // through the container, so that each call has the centre applied to its persistence context
        ProgrammeMails self = context.getBusinessObject(ProgrammeMails.class);
        for (Tenant centre : tenants.active()) {
            tasks.asTenant(centre.id(), self::surveys);
            if (remind) {
                reminders += tasks.asTenant(centre.id(), self::remindTomorrow);
            }
        }
        if (remind) {
            int total = reminders;
            LOG.info(() -> "mail: " + total + " reminders for tomorrow's sessions queued");
        }
    }

    private void queue(Registration r, String kind, String to, MailTexts.Mail mail) {
        outbox.queue(tenant.get().orElseThrow().value(), kind, to, mail.subject(), mail.body());
    }

    private MailTexts.Session session(Registration r) {
        ProgrammeSession s = programmes.session(r.sessionId()).orElseThrow();
        Programme p = programmes.programme(s.programmeId()).orElseThrow();
        String centre = tenants.find(tenant.get().orElseThrow().value()).map(Tenant::displayNameJa).orElse("");
        return new MailTexts.Session(centre, p.name(), s.title(), s.date(), s.start(), s.end(), place(s, centre),
                r.receiptNo() == null ? "-" : r.receiptNo(), r.token());
    }

    private String place(ProgrammeSession s, String centre) {
        String space = s.spaceId() == null ? null : em.createQuery("SELECT x.name FROM Space x WHERE x.id = :id", String.class)
                .setParameter("id", s.spaceId().toString()).getResultStream().findFirst().orElse(null);
        String where = switch (s.placeKind()) {
            case ONLINE -> "オンライン（参加方法は別途ご案内します）";
            case HYBRID -> centre + (space == null ? "" : " " + space) + "・オンライン";
            case ON_SITE -> centre + (space == null ? "" : " " + space);
        };
        if (s.placeNote() == null || s.placeNote().isBlank()) {
            return where;
        }
        // the note says how (オンライン（Zoom）) or where in the building
        return s.placeKind() == PlaceKind.ONLINE ? (s.placeNote().contains("オンライン") ? s.placeNote()
                : "オンライン（" + s.placeNote() + "）") : where + "（" + s.placeNote() + "）";
    }
}
