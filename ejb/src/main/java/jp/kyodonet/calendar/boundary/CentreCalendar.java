package jp.kyodonet.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.booking.entity.BookingStatus;
import jp.kyodonet.calendar.control.CentreEvents;
import jp.kyodonet.calendar.control.ICalendars;
import jp.kyodonet.network.entity.ActionStatus;
import jp.kyodonet.organisation.entity.RegistrationStatus;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.tenancy.CurrentTenant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The centre's calendar for its people, a month or a week at a time: its programmes' sessions, the network meetings
 * of its city, the bookings of its rooms and equipment, and deadlines (registrations ending, action items due, the
 * reader's own follow-ups). Each entry opens its record in the portal.
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class CentreCalendar {

    /** What an entry is. */
    public enum Type { SESSION, MEETING, BOOKING, DEADLINE }

    /** One dated thing; a booking names its space and status. */
    public record Entry(Type type, LocalDate date, LocalTime start, LocalTime end, String title, String page,
                        String recordId, String spaceId, String spaceName, String status) {
    }

    /** The longest range asked at once (a month view shows six weeks). */
    static final int MAX_DAYS = 62;

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CentreEvents events;

    @Inject
    CurrentTenant tenant;

    @Inject
    CurrentUser user;

    public List<Entry> range(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw DomainException.invalidInput(List.of(new FieldError("to", new Message(
                    "期間は開始日から" + MAX_DAYS + "日以内で指定してください（from と to）",
                    "give from and to, at most " + MAX_DAYS + " days apart"))));
        }
        List<Entry> entries = new ArrayList<>();
        for (ICalendars.Event e : events.sessions(from, to, false)) {
            entries.add(new Entry(Type.SESSION, e.date(), e.start(), e.end(), e.summary(), e.page(), e.recordId(), null,
                    null, null));
        }
        for (ICalendars.Event e : events.meetings(from, to)) {
            entries.add(new Entry(Type.MEETING, e.date(), e.start(), e.end(), e.summary(), e.page(), e.recordId(), null,
                    null, null));
        }
        for (Object[] r : em.createQuery("SELECT b.id, b.date, b.start, b.end, b.bookerName, b.status, s.id, s.name"
                        + " FROM Booking b, Space s WHERE s.id = b.spaceId AND b.date BETWEEN :from AND :to"
                        + " AND b.status IN :holding ORDER BY b.date, b.start", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("holding", List.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED,
                        BookingStatus.CHECKED_IN, BookingStatus.COMPLETED)).getResultList()) {
            entries.add(new Entry(Type.BOOKING, (LocalDate) r[1], (LocalTime) r[2], (LocalTime) r[3], (String) r[4],
                    "bookings", (String) r[0], (String) r[6], (String) r[7], ((BookingStatus) r[5]).name()));
        }
        for (Object[] r : em.createQuery("SELECT o.id, o.name, o.expiresOn FROM Organisation o WHERE o.status = :registered"
                        + " AND o.expiresOn BETWEEN :from AND :to", Object[].class)
                .setParameter("registered", RegistrationStatus.REGISTERED).setParameter("from", from)
                .setParameter("to", to).getResultList()) {
            entries.add(new Entry(Type.DEADLINE, (LocalDate) r[2], null, null, "登録期間の終わり：" + r[1], "organisations",
                    (String) r[0], null, null, null));
        }
        for (Object[] r : em.createQuery("SELECT a.id, a.title, a.dueOn FROM ActionItem a WHERE a.assignee = :centre"
                        + " AND a.status <> :done AND a.dueOn BETWEEN :from AND :to", Object[].class)
                .setParameter("centre", tenant.get().orElseThrow().value()).setParameter("done", ActionStatus.DONE)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            entries.add(new Entry(Type.DEADLINE, (LocalDate) r[2], null, null, "対応事項の期限：" + r[1], "network",
                    (String) r[0], null, null, null));
        }
        for (ICalendars.Event e : events.followUps(user.subject(), from, to)) {
            entries.add(new Entry(Type.DEADLINE, e.date(), null, null, e.summary(), e.page(), e.recordId(), null, null,
                    null));
        }
        entries.sort(Comparator.comparing(Entry::date)
                .thenComparing(Entry::start, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Entry::type));
        return entries;
    }
}
