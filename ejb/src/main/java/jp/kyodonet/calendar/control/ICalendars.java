package jp.kyodonet.calendar.control;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static jp.kyodonet.platform.time.BusinessClock.JAPAN;

/**
 * Writes iCalendar (RFC 5545) with ical4j: times in UTC (no time-zone component needed), a day without a time as a
 * whole-day event, each event with a stable UID so that a calendar application updates rather than duplicates it.
 */
public final class ICalendars {

    /**
     * One event: a UID, the summary, a start and end in Japan time (start null: a whole day), place, text, link; and
     * for the portal, the page and record it opens (not written to the feed).
     */
    public record Event(String uid, String summary, LocalDate date, java.time.LocalTime start, java.time.LocalTime end,
                        String location, String description, String url, String page, String recordId) {
    }

    private ICalendars() {
    }

    public static String write(String name, List<Event> events) {
        Calendar calendar = new Calendar().withProdId("-//Kyodo Network//協働ネットワーク 1.0//JA").withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .withProperty(new XProperty("X-WR-TIMEZONE", "Asia/Tokyo")).getFluentTarget();
        for (Event e : events) {
            VEvent event = e.start() == null
                    ? new VEvent(e.date(), e.date().plusDays(1), e.summary())
                    : new VEvent(utc(e.date().atTime(e.start())),
                            utc(e.date().atTime(e.end() == null || !e.end().isAfter(e.start()) ? e.start().plusHours(1) : e.end())),
                            e.summary());
            event.add(new Uid(e.uid()));
            if (e.location() != null && !e.location().isBlank()) {
                event.add(new Location(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                event.add(new Description(e.description()));
            }
            if (e.url() != null) {
                event.add(new Url(URI.create(e.url())));
            }
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static java.time.Instant utc(LocalDateTime japan) {
        return japan.atZone(JAPAN).toInstant();
    }
}
