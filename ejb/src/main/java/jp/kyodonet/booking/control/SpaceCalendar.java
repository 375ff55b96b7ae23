package jp.kyodonet.booking.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.kyodonet.booking.entity.OpeningHours;
import jp.kyodonet.booking.entity.Space;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The public face of one centre's spaces on one day: opening span, bookable unit and which units are
 * taken, never who took them. Called through {@code SystemTasks.asTenant} by the public availability
 * service, so the tenant is the one asked about.
 */
@Stateless
public class SpaceCalendar {

    /** One space's day as the public sees it. */
    public record Day(String spaceId, String name, String kind, Integer capacity, LocalTime opens, LocalTime closes,
                      int slotMinutes, List<LocalTime> taken) {

        /** Open from {@code from} to {@code to} and none of those units taken. */
        public boolean freeBetween(LocalTime from, LocalTime to) {
            if (opens == null || from.isBefore(opens) || to.isAfter(closes)) {
                return false;
            }
            return taken.stream().noneMatch(t -> t.isBefore(to) && t.plusMinutes(slotMinutes).isAfter(from));
        }
    }

    @Inject
    BookingRepository bookings;

    public List<Day> day(LocalDate date) {
        return bookings.spaces().stream().filter(Space::active).map(s -> {
            OpeningHours.Span span = s.hours().on(date.getDayOfWeek()).orElse(null);
            List<LocalTime> taken = bookings.heldOn(s.id(), date).stream().map(t -> t.toLocalTime()).toList();
            return new Day(s.id().toString(), s.name(), s.kind().name(), s.capacity(), span == null ? null : span.opens(),
                    span == null ? null : span.closes(), s.slotMinutes(), taken);
        }).toList();
    }
}
