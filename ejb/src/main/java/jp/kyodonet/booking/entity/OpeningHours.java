package jp.kyodonet.booking.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opening hours per weekday, one span a day, stored as {@code MON=09:00-21:00;TUE=...}; a weekday left
 * out is closed. Evening slots (18:00-20:00 by reservation) are simply part of the span.
 */
public final class OpeningHours {

    /** One day's span. */
    public record Span(LocalTime opens, LocalTime closes) {

        public Span {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closes before it opens: " + opens + "-" + closes);
            }
        }

        public boolean contains(LocalTime start, LocalTime end) {
            return !start.isBefore(opens) && !end.isAfter(closes);
        }

        public long minutes() {
            return java.time.Duration.between(opens, closes).toMinutes();
        }
    }

    private final Map<DayOfWeek, Span> days;

    private OpeningHours(Map<DayOfWeek, Span> days) {
        this.days = days;
    }

    public static OpeningHours of(Map<DayOfWeek, Span> days) {
        return new OpeningHours(days.isEmpty() ? new EnumMap<>(DayOfWeek.class) : new EnumMap<>(days));
    }

    /** Parses {@code MON=09:00-21:00;TUE=09:00-17:00}; throws IllegalArgumentException naming the bad part. */
    public static OpeningHours parse(String text) {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return new OpeningHours(days);
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                String[] dayAndSpan = part.strip().split("=");
                DayOfWeek day = dayOf(dayAndSpan[0].strip());
                String[] times = dayAndSpan[1].strip().split("-");
                days.put(day, new Span(LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("'" + part.strip() + "' (use MON=09:00-21:00)", e);
            }
        }
        return new OpeningHours(days);
    }

    private static DayOfWeek dayOf(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(code.toUpperCase()) && code.length() == 3) {
                return day;
            }
        }
        throw new IllegalArgumentException(code);
    }

    public Optional<Span> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        days.forEach((day, span) -> parts.add(day.name().substring(0, 3) + "=" + span.opens() + "-" + span.closes()));
        return String.join(";", parts);
    }
}
