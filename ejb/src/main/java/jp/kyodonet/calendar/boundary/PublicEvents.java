package jp.kyodonet.calendar.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.programme.entity.PlaceKind;
import jp.kyodonet.programme.entity.ProgrammeKind;
import jp.kyodonet.tenants.Tenant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PUBLIC: every centre's upcoming public programme sessions on one list (programmes past planning, sessions from
 * today), filtered by centre, city, dates, kind and place (online or on site); each with its registration page and
 * the places left. Public data only (no one who registered): one query over the centres' public rows, in session
 * order, at most {@link #LIMIT} rows.
 */
@Stateless
@PermitAll
public class PublicEvents {

    /** One session of a public programme. */
    public record Event(String centre, String centreName, String centreNameEn, String programmeId, String programme,
                        ProgrammeKind kind, String audience, String sessionId, String session, LocalDate date,
                        LocalTime start, LocalTime end, PlaceKind placeKind, String placeNote, int capacity,
                        long placesLeft, boolean open) {
    }

    /** The list, and whether it was cut at the limit. */
    public record Listing(LocalDate from, LocalDate to, List<Event> events, boolean more) {
    }

    static final int LIMIT = 300;

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    @Inject
    TenantDirectory tenants;

    @Inject
    BusinessClock clock;

    /**
     * @param centre a centre's id, or null for all
     * @param city   a city (e.g. 横浜市), or null for all
     * @param place  "online" (online or hybrid), "onsite" (on site or hybrid), or null
     */
    @SuppressWarnings("unchecked")
    public Listing list(String centre, String city, LocalDate from, LocalDate to, ProgrammeKind kind, String place) {
        LocalDate today = clock.today();
        LocalDate start = from == null || from.isBefore(today) ? today : from;
        LocalDate end = to == null ? start.plusDays(90) : to;
        List<FieldError> errors = new ArrayList<>();
        if (end.isBefore(start)) {
            errors.add(new FieldError("to", new Message("終了日は開始日より後にしてください", "to must not be before from")));
        } else if (end.isAfter(start.plusDays(366))) {
            errors.add(new FieldError("to", new Message("期間は1年以内にしてください", "at most a year at a time")));
        }
        if (place != null && !List.of("online", "onsite").contains(place)) {
            errors.add(new FieldError("place", new Message("開催方法は online か onsite です", "place is online or onsite")));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidInput(errors);
        }
        Map<String, Tenant> active = tenants.active().stream()
                .filter(t -> centre == null || t.id().value().equals(centre))
                .filter(t -> city == null || city.equals(t.city()))
                .collect(Collectors.toMap(t -> t.id().value(), Function.identity()));
        if (centre != null && active.isEmpty()) {
            throw DomainException.notFound("センター", "Centre");
        }
        StringBuilder sql = new StringBuilder("SELECT s.tenant_id, p.id, p.name, p.kind, p.audience, s.id, s.title,"
                + " s.session_date, s.start_time, s.end_time, s.place_kind, s.place_note, s.capacity, p.status,"
                + " (SELECT COUNT(*) FROM programme_registration r WHERE r.tenant_id = s.tenant_id AND r.session_id = s.id"
                + " AND r.status = 'REGISTERED')"
                + " FROM programme_session s JOIN programme p ON p.tenant_id = s.tenant_id AND p.id = s.programme_id"
                + " WHERE p.status <> 'PLANNED' AND s.session_date BETWEEN ?1 AND ?2");
        if (centre != null) {
            sql.append(" AND s.tenant_id = ?3");
        }
        if (kind != null) {
            sql.append(" AND p.kind = ?4");
        }
        if ("online".equals(place)) {
            sql.append(" AND s.place_kind IN ('ONLINE', 'HYBRID')");
        } else if ("onsite".equals(place)) {
            sql.append(" AND s.place_kind IN ('ON_SITE', 'HYBRID')");
        }
        sql.append(" ORDER BY s.session_date, s.start_time, s.tenant_id LIMIT ").append(LIMIT * 4);
        var query = em.createNativeQuery(sql.toString()).setParameter(1, start).setParameter(2, end);
        if (centre != null) {
            query.setParameter(3, centre);
        }
        if (kind != null) {
            query.setParameter(4, kind.name());
        }
        List<Event> events = new ArrayList<>();
        boolean more = false;
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            Tenant t = active.get((String) r[0]);
            if (t == null) {
                continue; // another city's, or a centre not active
            }
            if (events.size() == LIMIT) {
                more = true;
                break;
            }
            LocalDate date = date(r[7]);
            LocalTime startsAt = time(r[8]);
            if (date.equals(today) && time(r[9]).isBefore(LocalTime.ofInstant(clock.now(), BusinessClock.JAPAN))) {
                continue; // over already
            }
            int capacity = ((Number) r[12]).intValue();
            long taken = ((Number) r[14]).longValue();
            String status = (String) r[13];
            events.add(new Event(t.id().value(), t.displayNameJa(), t.displayNameEn(), (String) r[1], (String) r[2],
                    ProgrammeKind.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6], date, startsAt,
                    time(r[9]), PlaceKind.valueOf((String) r[10]), (String) r[11], capacity, Math.max(0, capacity - taken),
                    "RECRUITING".equals(status) || "RUNNING".equals(status)));
        }
        return new Listing(start, end, events, more);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static LocalTime time(Object value) {
        return value instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) value;
    }
}
