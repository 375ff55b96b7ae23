package jp.kyodonet.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import jp.kyodonet.booking.entity.BookingStatus;
import jp.kyodonet.booking.entity.OpeningHours;
import jp.kyodonet.booking.entity.SpaceKind;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.FactSupplier;
import jp.kyodonet.platform.time.FiscalYear;

/**
 * The booking indicators of the current centre: bookings (not cancelled or declined), declined requests, and
 * per room the hours booked and the hours open (from its opening hours, every month of a year that has bookings
 * and of this year), so the city's utilisation rate divides summed hours.
 */
@ApplicationScoped
public class BookingFacts implements FactSupplier {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Override
    public String source() {
        return "booking";
    }

    @Override
    public void supply(FactSheet sheet) {
        Map<String, Object[]> spaces = new HashMap<>();
        for (Object[] s : em.createQuery("SELECT s.id, s.name, s.kind, s.openingHours, s.active FROM Space s", Object[].class)
                .getResultList()) {
            spaces.put((String) s[0], s);
        }
        long bookings = 0;
        Map<FactSheet.Key, Long> booked = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT b.date, b.status, b.spaceId, b.start, b.end FROM Booking b"
                        + " WHERE b.date BETWEEN :from AND :to", Object[].class)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            bookings++;
            LocalDate date = (LocalDate) r[0];
            if (r[1] == BookingStatus.DECLINED) {
                sheet.count(date, "bookings.declined");
            } else if (r[1] != BookingStatus.CANCELLED) {
                sheet.count(date, "bookings.count");
                Object[] space = spaces.get((String) r[2]);
                if (space != null && space[2] == SpaceKind.ROOM) {
                    long seconds = Duration.between((LocalTime) r[3], (LocalTime) r[4]).toSeconds();
                    booked.merge(new FactSheet.Key(FactSheet.fiscalMonth(date.getMonthValue()), "bookings.bookedHours",
                            (String) space[1]), seconds, Long::sum);
                }
            }
        }
        booked.forEach((key, seconds) -> sheet.add(key.month(), key.code(), key.dim(), hours(seconds)));
        if (bookings == 0 && sheet.fiscalYear() != FiscalYear.of(sheet.today()).startYear()) {
            return;
        }
        for (Object[] space : spaces.values()) {
            if (space[2] != SpaceKind.ROOM || !Boolean.TRUE.equals(space[4])) {
                continue;
            }
            OpeningHours opening = OpeningHours.parse((String) space[3]);
            for (int month = 1; month <= 12; month++) {
                YearMonth m = sheet.calendarMonth(month);
                long minutes = 0;
                for (int day = 1; day <= m.lengthOfMonth(); day++) {
                    minutes += opening.on(m.atDay(day).getDayOfWeek()).map(OpeningHours.Span::minutes).orElse(0L);
                }
                sheet.add(month, "bookings.openHours", (String) space[1], hours(minutes * 60));
            }
        }
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    @Override
    public OptionalInt firstYear() {
        LocalDate first = em.createQuery("SELECT MIN(b.date) FROM Booking b", LocalDate.class).getSingleResult();
        return FactSheet.earliest(FactSheet.yearOf(first), null);
    }
}
