package jp.kyodonet.calendar.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.mail.control.MailSettings;
import jp.kyodonet.network.entity.NetworkMeeting;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.programme.entity.PlaceKind;
import jp.kyodonet.programme.entity.ProgrammeStatus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The current centre's dated things as calendar events: its programmes' sessions (the public ones, or all for its
 * people), the network meetings of its city, and a person's own follow-ups (assigned consultations' next action day,
 * named by the day the consultation came in, nothing of the requester).
 */
@Stateless
public class CentreEvents {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Inject
    TenantDirectory tenants;

    @Inject
    MailSettings settings;

    /** The active person of the centre whose feed secret has this SHA-256. */
    public java.util.Optional<jp.kyodonet.staff.entity.StaffMember> feedOwner(String secretSha256) {
        return em.createQuery("SELECT m FROM StaffMember m WHERE m.feedSecret = :secret AND m.active = TRUE",
                jp.kyodonet.staff.entity.StaffMember.class).setParameter("secret", secretSha256).getResultStream().findFirst();
    }

    /** The centre's sessions from {@code from} to {@code to}: public programmes only, or all (its people). */
    public List<ICalendars.Event> sessions(LocalDate from, LocalDate to, boolean publicOnly) {
        String centre = tenant.get().orElseThrow().value();
        List<ICalendars.Event> events = new ArrayList<>();
        var query = em.createQuery("SELECT s.id, s.title, s.date, s.start, s.end, s.placeKind, s.placeNote, p.id,"
                        + " p.name, p.status FROM ProgrammeSession s, Programme p WHERE p.id = s.programmeId"
                        + " AND s.date BETWEEN :from AND :to" + (publicOnly ? " AND p.status <> :planned" : "")
                        + " ORDER BY s.date, s.start", Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (publicOnly) {
            query.setParameter("planned", ProgrammeStatus.PLANNED);
        }
        for (Object[] r : query.getResultList()) {
            PlaceKind place = (PlaceKind) r[5];
            String where = switch (place) {
                case ONLINE -> "オンライン";
                case HYBRID -> "会場・オンライン";
                case ON_SITE -> "会場";
            };
            String note = (String) r[6];
            events.add(new ICalendars.Event("session-" + r[0] + "@kyodo", r[8] + " " + r[1], (LocalDate) r[2],
                    (LocalTime) r[3], (LocalTime) r[4], note == null ? where : note.contains(where) ? note : where + " " + note,
                    ((ProgrammeStatus) r[9]) == ProgrammeStatus.PLANNED ? "（企画中）" : null,
                    settings.publicUrl() + "/programme.html?centre=" + centre + "&id=" + r[7], "programmes", (String) r[7]));
        }
        return events;
    }

    /** The network meetings of the centre's city from {@code from} to {@code to}. */
    public List<ICalendars.Event> meetings(LocalDate from, LocalDate to) {
        String city = tenants.cityOf(tenant.get().orElseThrow());
        List<ICalendars.Event> events = new ArrayList<>();
        for (NetworkMeeting m : em.createQuery("SELECT m FROM NetworkMeeting m WHERE m.date BETWEEN :from AND :to"
                        + " ORDER BY m.date, m.start", NetworkMeeting.class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            if (!city.equals(tenants.cityOf(m.ownerTenant()))) {
                continue;
            }
            events.add(new ICalendars.Event("meeting-" + m.id() + "@kyodo", "ネットワーク会議 " + m.title(), m.date(),
                    m.start(), m.start() == null ? null : m.start().plusHours(2), m.place(), m.theme(),
                    settings.publicUrl() + "/portal.html?open=network:" + m.id(), "meetings", m.id().toString()));
        }
        return events;
    }

    /** The person's open consultations with a next action day from {@code from} to {@code to}, as whole days. */
    public List<ICalendars.Event> followUps(String subject, LocalDate from, LocalDate to) {
        List<ICalendars.Event> events = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT c.id, c.receivedOn, c.nextActionOn FROM Consultation c"
                        + " WHERE c.assigneeSubject = :me AND c.status <> :closed AND c.nextActionOn BETWEEN :from AND :to",
                        Object[].class)
                .setParameter("me", subject).setParameter("closed", ConsultationStatus.CLOSED)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            events.add(new ICalendars.Event("follow-up-" + r[0] + "@kyodo", "対応予定（" + r[1] + " 受付の相談）",
                    (LocalDate) r[2], null, null, null, null,
                    settings.publicUrl() + "/portal.html?open=consultations:" + r[0], "consultations", (String) r[0]));
        }
        return events;
    }
}
