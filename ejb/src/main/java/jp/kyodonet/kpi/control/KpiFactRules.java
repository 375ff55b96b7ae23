package jp.kyodonet.kpi.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyodonet.booking.entity.OpeningHours;
import jp.kyodonet.platform.time.FiscalYear;

/**
 * The one computation of the KPI facts of a centre from its records, source by source: what the catalogue's
 * rules say, in SQL over the record tables (native, PII-free columns only). The same code keeps the facts up to
 * date after each change and rebuilds them on demand, so the two can never count differently.
 *
 * <p>Dates stored as instants (UTC) are counted on their day in Japan ({@code + 9 hours}; Japan has no daylight
 * saving time).
 */
public final class KpiFactRules {

    /** One fact: a centre's value of an indicator in a fiscal year's month (0: the whole year), per breakdown. */
    public record Key(int fiscalYear, int month, String code, String dim) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(fiscalYear, o.fiscalYear);
            c = c != 0 ? c : Integer.compare(month, o.month);
            c = c != 0 ? c : code.compareTo(o.code);
            return c != 0 ? c : dim.compareTo(o.dim);
        }
    }

    private static final String JST = "INTERVAL 9 HOUR";

    private final EntityManager em;
    private final LocalDate today;

    public KpiFactRules(EntityManager em, LocalDate today) {
        this.em = em;
        this.today = today;
    }

    /** The fiscal month of a calendar month: April 1 ... March 12. */
    public static int fiscalMonth(int calendarMonth) {
        return (calendarMonth + 8) % 12 + 1;
    }

    /** The calendar month of a fiscal month in a fiscal year. */
    public static YearMonth calendarMonth(int fiscalYear, int fiscalMonth) {
        return YearMonth.of(fiscalYear, 4).plusMonths(fiscalMonth - 1L);
    }

    /** Every fact of {@code source} for {@code tenant}, all fiscal years. */
    public Map<Key, BigDecimal> compute(String tenant, String source) {
        Facts facts = new Facts();
        switch (source) {
            case "consultation" -> consultations(tenant, facts);
            case "referral" -> referrals(tenant, facts);
            case "organisation" -> organisations(tenant, facts);
            case "booking" -> bookings(tenant, facts);
            case "programme" -> programmes(tenant, facts);
            case "collaboration" -> collaboration(tenant, facts);
            case "network" -> network(tenant, facts);
            default -> throw new IllegalArgumentException("unknown KPI source " + source);
        }
        return facts.values;
    }

    private void consultations(String tenant, Facts facts) {
        for (Object[] r : rows("SELECT YEAR(received_on), MONTH(received_on), COUNT(*),"
                + " SUM(CASE WHEN track <> 'FACILITY_INQUIRY' THEN 1 ELSE 0 END) FROM consultation WHERE tenant_id = ?1"
                + " GROUP BY YEAR(received_on), MONTH(received_on)", tenant)) {
            facts.month(r, "consultations.received", "", r[2]);
            facts.month(r, "consultations.activity", "", r[3]);
        }
        for (Object[] r : rows("SELECT YEAR(closed_on), MONTH(closed_on), COUNT(*) FROM consultation"
                + " WHERE tenant_id = ?1 AND status = 'CLOSED' AND closed_on IS NOT NULL"
                + " GROUP BY YEAR(closed_on), MONTH(closed_on)", tenant)) {
            facts.month(r, "consultations.closed", "", r[2]);
        }
        String responded = "DATE(DATE_ADD(first_response_at, " + JST + "))";
        for (Object[] r : rows("SELECT YEAR(received_on), MONTH(received_on), GREATEST(0, DATEDIFF(" + responded
                + ", received_on)) AS days, COUNT(*) FROM consultation WHERE tenant_id = ?1 AND first_response_at IS NOT NULL"
                + " GROUP BY YEAR(received_on), MONTH(received_on), days", tenant)) {
            facts.month(r, "consultations.firstResponseDays", String.valueOf(number(r[2]).intValue()), r[3]);
        }
        // a stock at each month's end (this month: today): open and past the next-action date
        YearMonth thisMonth = YearMonth.from(today);
        for (Object[] r : rows("SELECT received_on, next_action_on, closed_on FROM consultation"
                + " WHERE tenant_id = ?1 AND next_action_on IS NOT NULL", tenant)) {
            LocalDate received = date(r[0]);
            LocalDate next = date(r[1]);
            LocalDate closed = r[2] == null ? null : date(r[2]);
            for (YearMonth m = YearMonth.from(next); !m.isAfter(thisMonth); m = m.plusMonths(1)) {
                LocalDate cutoff = m.equals(thisMonth) ? today : m.plusMonths(1).atDay(1);
                if (closed != null && closed.isBefore(cutoff)) {
                    break;
                }
                if (next.isBefore(cutoff) && received.isBefore(cutoff)) {
                    facts.add(FiscalYear.of(m.atDay(1)).startYear(), fiscalMonth(m.getMonthValue()),
                            "consultations.overdue", "", BigDecimal.ONE);
                }
            }
        }
    }

    private void referrals(String tenant, Facts facts) {
        String sent = "DATE_ADD(sent_at, " + JST + ")";
        String answered = "DATE_ADD(answered_at, " + JST + ")";
        for (Object[] r : rows("SELECT YEAR(" + sent + "), MONTH(" + sent + "), COUNT(*) FROM referral WHERE from_tenant = ?1"
                + " GROUP BY YEAR(" + sent + "), MONTH(" + sent + ")", tenant)) {
            facts.month(r, "referrals.sent", "", r[2]);
        }
        for (Object[] r : rows("SELECT YEAR(" + sent + "), MONTH(" + sent + "), COUNT(*) FROM referral WHERE to_tenant = ?1"
                + " AND status <> 'WITHDRAWN' GROUP BY YEAR(" + sent + "), MONTH(" + sent + ")", tenant)) {
            facts.month(r, "referrals.received", "", r[2]);
        }
        for (Object[] r : rows("SELECT YEAR(" + answered + "), MONTH(" + answered + "), COUNT(*) FROM referral"
                + " WHERE to_tenant = ?1 AND status = 'ACCEPTED' AND answered_at IS NOT NULL"
                + " GROUP BY YEAR(" + answered + "), MONTH(" + answered + ")", tenant)) {
            facts.month(r, "referrals.accepted", "", r[2]);
        }
    }

    private void organisations(String tenant, Facts facts) {
        for (Object[] r : rows("SELECT YEAR(registered_on), MONTH(registered_on), COUNT(*) FROM organisation"
                + " WHERE tenant_id = ?1 AND registered_on IS NOT NULL GROUP BY YEAR(registered_on), MONTH(registered_on)",
                tenant)) {
            facts.month(r, "organisations.newRegistrations", "", r[2]);
        }
        // due in a fiscal year: decided renewals of that year, and registrations still running out at its start
        for (Object[] r : rows("SELECT due_fiscal_year, outcome, COUNT(*) FROM organisation_renewal WHERE tenant_id = ?1"
                + " GROUP BY due_fiscal_year, outcome", tenant)) {
            int year = number(r[0]).intValue();
            facts.add(year, 0, "organisations.renewalDue", "", number(r[2]));
            if ("RENEWED".equals(r[1])) {
                facts.add(year, 0, "organisations.renewed", "", number(r[2]));
            }
        }
        for (Object[] r : rows("SELECT expires_on, COUNT(*) FROM organisation WHERE tenant_id = ?1"
                + " AND status = 'REGISTERED' AND expires_on IS NOT NULL GROUP BY expires_on", tenant)) {
            facts.add(FiscalYear.of(date(r[0])).startYear() + 1, 0, "organisations.renewalDue", "", number(r[1]));
        }
    }

    private void bookings(String tenant, Facts facts) {
        int first = FiscalYear.of(today).startYear();
        int last = first;
        for (Object[] r : rows("SELECT YEAR(b.booking_date), MONTH(b.booking_date), b.status, COALESCE(s.name, b.space_id),"
                + " s.kind, COUNT(*),"
                + " SUM(TIME_TO_SEC(b.end_time) - TIME_TO_SEC(b.start_time)) FROM booking b"
                + " LEFT JOIN space s ON s.tenant_id = b.tenant_id AND s.id = b.space_id WHERE b.tenant_id = ?1"
                + " GROUP BY YEAR(b.booking_date), MONTH(b.booking_date), b.status, COALESCE(s.name, b.space_id), s.kind",
                tenant)) {
            String status = (String) r[2];
            int year = FiscalYear.of(LocalDate.of(number(r[0]).intValue(), number(r[1]).intValue(), 1)).startYear();
            first = Math.min(first, year);
            last = Math.max(last, year);
            if ("DECLINED".equals(status)) {
                facts.month(r, "bookings.declined", "", r[5]);
            } else if (!"CANCELLED".equals(status)) {
                facts.month(r, "bookings.count", "", r[5]);
                if ("ROOM".equals(r[4])) {
                    facts.month(r, "bookings.bookedHours", (String) r[3], hours(number(r[6])));
                }
            }
        }
        // the rooms in use (by name: the breakdown per room), every month of the years with bookings and of this year
        for (Object[] r : rows("SELECT name, opening_hours FROM space WHERE tenant_id = ?1 AND active = TRUE AND kind = 'ROOM'",
                tenant)) {
            OpeningHours hours = OpeningHours.parse((String) r[1]);
            for (int year = first; year <= last; year++) {
                for (int month = 1; month <= 12; month++) {
                    YearMonth m = calendarMonth(year, month);
                    long minutes = 0;
                    for (int day = 1; day <= m.lengthOfMonth(); day++) {
                        DayOfWeek weekday = m.atDay(day).getDayOfWeek();
                        minutes += hours.on(weekday).map(OpeningHours.Span::minutes).orElse(0L);
                    }
                    if (minutes > 0) {
                        facts.add(year, month, "bookings.openHours", (String) r[0], hours(BigDecimal.valueOf(minutes * 60)));
                    }
                }
            }
        }
    }

    private void programmes(String tenant, Facts facts) {
        for (Object[] r : rows("SELECT fiscal_year, COUNT(*) FROM programme WHERE tenant_id = ?1 AND status <> 'PLANNED'"
                + " GROUP BY fiscal_year", tenant)) {
            facts.add(number(r[0]).intValue(), 0, "programmes.count", "", number(r[1]));
        }
        for (Object[] r : rows("SELECT YEAR(session_date), MONTH(session_date), COUNT(*) FROM programme_session"
                + " WHERE tenant_id = ?1 GROUP BY YEAR(session_date), MONTH(session_date)", tenant)) {
            facts.month(r, "programmes.sessions", "", r[2]);
        }
        for (Object[] r : rows("SELECT YEAR(s.session_date), MONTH(s.session_date), COUNT(*) FROM programme_registration g"
                + " JOIN programme_session s ON s.tenant_id = g.tenant_id AND s.id = g.session_id"
                + " WHERE g.tenant_id = ?1 AND g.attended = TRUE GROUP BY YEAR(s.session_date), MONTH(s.session_date)", tenant)) {
            facts.month(r, "programmes.participations", "", r[2]);
        }
        for (Object[] r : rows("SELECT YEAR(s.session_date), MONTH(s.session_date), COUNT(*), SUM(a.satisfaction),"
                + " SUM(CASE WHEN a.understanding_improved THEN 1 ELSE 0 END) FROM survey_answer a"
                + " JOIN programme_session s ON s.tenant_id = a.tenant_id AND s.id = a.session_id"
                + " WHERE a.tenant_id = ?1 GROUP BY YEAR(s.session_date), MONTH(s.session_date)", tenant)) {
            facts.month(r, "programmes.surveyAnswers", "", r[2]);
            facts.month(r, "programmes.satisfactionPoints", "", r[3]);
            facts.month(r, "programmes.understandingImproved", "", r[4]);
        }
    }

    private static final Map<String, String> CONTRACT_CODES = Map.of("COMMISSION", "collaboration.contracts.commission",
            "SUBSIDY", "collaboration.contracts.subsidy", "SHARED_COST", "collaboration.contracts.sharedCost",
            "CO_HOSTING", "collaboration.contracts.coHosting");

    private void collaboration(String tenant, Facts facts) {
        for (Object[] r : rows("SELECT YEAR(received_on), MONTH(received_on), COUNT(*) FROM collab_proposal"
                + " WHERE tenant_id = ?1 AND status <> 'INQUIRY' GROUP BY YEAR(received_on), MONTH(received_on)", tenant)) {
            facts.month(r, "collaboration.proposalsReceived", "", r[2]);
        }
        for (Object[] r : rows("SELECT YEAR(decided_on), MONTH(decided_on), COUNT(*) FROM collab_proposal"
                + " WHERE tenant_id = ?1 AND decided_on IS NOT NULL"
                + " AND status IN ('ADOPTED', 'GRANTED', 'CONTRACT_NEGOTIATION', 'CONTRACTED')"
                + " GROUP BY YEAR(decided_on), MONTH(decided_on)", tenant)) {
            facts.month(r, "collaboration.proposalsAdopted", "", r[2]);
        }
        for (Object[] r : rows("SELECT contract_type, period_from, period_to FROM collab_contract"
                + " WHERE owner_tenant = ?1 AND status <> 'DRAFTING'", tenant)) {
            int from = FiscalYear.of(date(r[1])).startYear();
            int to = FiscalYear.of(date(r[2])).startYear();
            for (int year = from; year <= to; year++) {
                facts.add(year, 0, CONTRACT_CODES.get((String) r[0]), "", BigDecimal.ONE);
            }
        }
        String published = "DATE_ADD(published_at, " + JST + ")";
        for (Object[] r : rows("SELECT YEAR(" + published + "), MONTH(" + published + "), COUNT(*) FROM collab_evaluation"
                + " WHERE owner_tenant = ?1 AND status = 'PUBLISHED' AND published_at IS NOT NULL"
                + " GROUP BY YEAR(" + published + "), MONTH(" + published + ")", tenant)) {
            facts.month(r, "collaboration.evaluationsPublished", "", r[2]);
        }
    }

    private void network(String tenant, Facts facts) {
        String published = "DATE_ADD(published_at, " + JST + ")";
        for (Object[] r : rows("SELECT YEAR(" + published + "), MONTH(" + published + "), COUNT(*) FROM net_case"
                + " WHERE owner_tenant = ?1 AND published_at IS NOT NULL"
                + " GROUP BY YEAR(" + published + "), MONTH(" + published + ")", tenant)) {
            facts.month(r, "network.casesPublished", "", r[2]);
        }
        for (Object[] r : rows("SELECT YEAR(m.meeting_date), MONTH(m.meeting_date), SUM(a.attendees) FROM net_attendance a"
                + " JOIN net_meeting m ON m.id = a.meeting_id WHERE a.tenant = ?1"
                + " GROUP BY YEAR(m.meeting_date), MONTH(m.meeting_date)", tenant)) {
            facts.month(r, "network.meetingAttendance", "", r[2]);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String tenant) {
        List<?> result = em.createNativeQuery(sql).setParameter(1, tenant).getResultList();
        return result.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    private static BigDecimal hours(BigDecimal seconds) {
        return seconds.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal number(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return new BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(value.toString());
    }

    /** The facts being computed, summed per key. */
    private static final class Facts {
        final Map<Key, BigDecimal> values = new TreeMap<>();

        /** A row grouped by calendar year and month in its first two columns. */
        void month(Object[] row, String code, String dim, Object value) {
            int year = number(row[0]).intValue();
            int month = number(row[1]).intValue();
            add(FiscalYear.of(LocalDate.of(year, month, 1)).startYear(), fiscalMonth(month), code, dim, number(value));
        }

        void add(int fiscalYear, int month, String code, String dim, BigDecimal value) {
            if (value.signum() == 0) {
                return;
            }
            values.merge(new Key(fiscalYear, month, code, dim), value, BigDecimal::add);
        }
    }
}
