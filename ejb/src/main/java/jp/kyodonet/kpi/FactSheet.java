package jp.kyodonet.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import jp.kyodonet.platform.time.FiscalYear;

/**
 * The KPI facts of one centre, source capability and fiscal year being computed by a {@link FactSupplier}:
 * values summed per indicator code, fiscal month (1 = April ... 12 = March; 0 = counted once per year) and
 * breakdown ({@code dim}: the days of a median's distribution, the room of a utilisation rate).
 */
public final class FactSheet {

    /** Japan has no daylight saving time: an instant is counted on its day in Japan. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** One fact of the sheet's fiscal year. */
    public record Key(int month, String code, String dim) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(month, o.month);
            c = c != 0 ? c : code.compareTo(o.code);
            return c != 0 ? c : dim.compareTo(o.dim);
        }
    }

    private final FiscalYear year;
    private final LocalDate today;
    private final Map<Key, BigDecimal> values = new TreeMap<>();

    public FactSheet(int fiscalYear, LocalDate today) {
        this.year = new FiscalYear(fiscalYear);
        this.today = today;
    }

    public int fiscalYear() {
        return year.startYear();
    }

    /** The first day of the fiscal year (1 April). */
    public LocalDate from() {
        return year.firstDay();
    }

    /** The last day of the fiscal year (31 March). */
    public LocalDate to() {
        return year.lastDay();
    }

    /** The first instant of the fiscal year in Japan. */
    public Instant fromInstant() {
        return from().atStartOfDay(JAPAN).toInstant();
    }

    /** The first instant after the fiscal year in Japan. */
    public Instant untilInstant() {
        return to().plusDays(1).atStartOfDay(JAPAN).toInstant();
    }

    /** Today in Japan, for the stocks counted at a month's end (this month: today). */
    public LocalDate today() {
        return today;
    }

    /** The fiscal month of a calendar month: April 1 ... March 12. */
    public static int fiscalMonth(int calendarMonth) {
        return (calendarMonth + 8) % 12 + 1;
    }

    /** The calendar month of a fiscal month of this year. */
    public YearMonth calendarMonth(int fiscalMonth) {
        return YearMonth.of(year.startYear(), 4).plusMonths(fiscalMonth - 1L);
    }

    /** Adds to the month of {@code day}, when that day lies in this fiscal year. */
    public void on(LocalDate day, String code, String dim, BigDecimal value) {
        if (day != null && year.contains(day)) {
            add(fiscalMonth(day.getMonthValue()), code, dim, value);
        }
    }

    /** Adds one to the month of {@code day}, when that day lies in this fiscal year. */
    public void count(LocalDate day, String code) {
        on(day, code, "", BigDecimal.ONE);
    }

    /** Adds one to the month of the day in Japan of {@code instant}, when it lies in this fiscal year. */
    public void count(Instant instant, String code) {
        if (instant != null) {
            count(instant.atZone(JAPAN).toLocalDate(), code);
        }
    }

    /** Adds to a fiscal month of this year (0: the whole year). A zero adds nothing. */
    public void add(int month, String code, String dim, BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return;
        }
        values.merge(new Key(month, code, dim), value, BigDecimal::add);
    }

    /** The earlier of two fiscal years, either of which may be unknown. */
    public static OptionalInt earliest(Integer a, Integer b) {
        if (a == null) {
            return b == null ? OptionalInt.empty() : OptionalInt.of(b);
        }
        return OptionalInt.of(b == null ? a : Math.min(a, b));
    }

    /** The fiscal year of a day that may be unknown. */
    public static Integer yearOf(LocalDate day) {
        return day == null ? null : FiscalYear.of(day).startYear();
    }

    /** The facts so far, by key. */
    public Map<Key, BigDecimal> values() {
        return values;
    }
}
