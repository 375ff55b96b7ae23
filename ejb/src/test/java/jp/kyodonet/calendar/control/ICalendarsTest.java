package jp.kyodonet.calendar.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarsTest {

    @Test
    void eventsAreWrittenInUtcAndWholeDaysAsDatesAndParseBack() throws Exception {
        String ics = ICalendars.write("西区の催し", List.of(
                new ICalendars.Event("s1@kyodo", "市民活動入門 第1回", LocalDate.of(2026, 12, 15), LocalTime.of(19, 0),
                        LocalTime.of(21, 0), "西区センター 会議室A", "定員20人", "https://example.jp/programme.html?id=1", "programmes", "1"),
                new ICalendars.Event("f1@kyodo", "対応予定", LocalDate.of(2026, 12, 16), null, null, null, null, null, null, null)));
        assertTrue(ics.contains("DTSTART:20261215T100000Z"), ics);
        assertTrue(ics.contains("DTEND:20261215T120000Z"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20261216"), ics);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(2, events.size());
        assertEquals("市民活動入門 第1回", events.get(0).getSummary().orElseThrow().getValue());
        assertEquals("s1@kyodo", events.get(0).getUid().orElseThrow().getValue());
        parsed.validate();
    }
}
