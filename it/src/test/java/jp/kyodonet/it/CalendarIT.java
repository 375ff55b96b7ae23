package jp.kyodonet.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calendars (issue 20): the public listing of every centre's events with its filters; a centre's feed and a person's
 * own feed parse as iCalendar (ical4j) and hold what they should and nothing of another centre; a renewed personal
 * address makes the old one 404; the portal's calendar of a centre (sessions, meetings, bookings, deadlines).
 */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {

    private static final String A = "kohoku";
    private static final String B = "hodogaya";
    private final String aStaff = Tokens.of(A, "centre-staff");
    private final String aManager = Tokens.of(A, "centre-manager");
    private final String bStaff = Tokens.of(B, "centre-staff");

    @Test
    void theListingShowsEveryCentresPublicSessionsWithFiltersAndNothingPlanned() {
        JsonObject a = Programmes.recruiting(aStaff, "一覧の講座 A " + UUID.randomUUID(), 2026, Programmes.inDays(4), 10);
        JsonObject b = Programmes.recruiting(bStaff, "一覧の講座 B " + UUID.randomUUID(), 2026, Programmes.inDays(5), 10);
        String planned = Api.post("/programmes", aStaff, Programmes.programme("一覧に出ない企画 " + UUID.randomUUID(), 2026))
                .json().getString("id");
        Api.post("/programmes/" + planned + "/sessions", aStaff, Programmes.session("企画中の回", Programmes.inDays(4), 10));

        Set<String> all = programmeIds(Api.get("/public/events?to=" + Programmes.inDays(10), null));
        assertTrue(all.contains(a.getString("id")) && all.contains(b.getString("id")), all::toString);
        assertFalse(all.contains(planned), "a programme still being planned is not public");
        Set<String> onlyA = programmeIds(Api.get("/public/events?centre=" + A + "&to=" + Programmes.inDays(10), null));
        assertTrue(onlyA.contains(a.getString("id")));
        assertFalse(onlyA.contains(b.getString("id")));
        assertFalse(programmeIds(Api.get("/public/events?place=onsite&to=" + Programmes.inDays(10), null))
                .contains(a.getString("id")), "the test sessions are online");
        assertTrue(programmeIds(Api.get("/public/events?place=online&kind=SEMINAR&to=" + Programmes.inDays(10), null))
                .contains(a.getString("id")));
        JsonObject event = Api.get("/public/events?centre=" + A + "&to=" + Programmes.inDays(10), null).json()
                .getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("programmeId").equals(a.getString("id"))).findFirst().orElseThrow();
        assertEquals(10, event.getInt("placesLeft"));
        assertTrue(event.getBoolean("open"));
        assertFalse(event.toString().contains("@"), "no one who registered");

        Api.Reply bad = Api.get("/public/events?from=2026-13-01&to=" + Programmes.inDays(-400) + "&kind=PARTY", null);
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.body().contains("from") && bad.body().contains("kind"), bad.body());
        assertEquals(404, Api.get("/public/events?centre=nowhere", null).status());
    }

    @Test
    void aCentresFeedParsesAndHoldsItsPublicSessionsOnly() throws Exception {
        JsonObject a = Programmes.recruiting(aStaff, "フィードの講座 " + UUID.randomUUID(), 2026, Programmes.inDays(3), 10);
        JsonObject b = Programmes.recruiting(bStaff, "別センターの講座 " + UUID.randomUUID(), 2026, Programmes.inDays(3), 10);
        Api.Reply feed = Api.get("/public/centres/" + A + "/events.ics", null);
        assertEquals(200, feed.status(), feed::toString);
        assertTrue(feed.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        List<VEvent> events = parse(feed.body());
        String session = a.getJsonArray("sessions").getJsonObject(0).getString("id");
        VEvent mine = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals("session-" + session + "@kyodo"))
                .findFirst().orElseThrow(() -> new AssertionError(feed.body()));
        assertTrue(mine.getSummary().orElseThrow().getValue().startsWith(a.getString("name")));
        // 19:00 Japan time is 10:00 UTC
        assertTrue(feed.body().contains("DTSTART:" + Programmes.inDays(3).toString().replace("-", "") + "T100000Z"), feed.body());
        String other = b.getJsonArray("sessions").getJsonObject(0).getString("id");
        assertFalse(feed.body().contains(other), "another centre's session");
        assertEquals(404, Api.get("/public/centres/nowhere/events.ics", null).status());
    }

    @Test
    void aPersonsFeedHoldsTheirOwnAndARenewedAddressEndsTheOldOne() throws Exception {
        Staff.signIn(aStaff);
        JsonObject planned = Api.post("/programmes", aStaff, Programmes.programme("職員の予定 " + UUID.randomUUID(), 2026)).json();
        Api.Reply added = Api.post("/programmes/" + planned.getString("id") + "/sessions", aStaff,
                Programmes.session("企画中の回", Programmes.inDays(9), 10));
        String plannedSession = added.json().getJsonArray("sessions").getJsonObject(0).getString("id");
        String consultation = Consultations.createAssigned(aStaff, aManager, "予定の相談 " + UUID.randomUUID()).getString("id");
        assertEquals(200, Api.post("/consultations/" + consultation + "/work", aStaff, "{\"experts\":\"税理士\"}",
                "If-Match", "\"2\"").status());
        Api.Reply followUp = Api.post("/consultations/" + consultation + "/follow-up", aStaff,
                "{\"nextActionOn\":\"" + Programmes.inDays(2) + "\"}", "If-Match", "\"3\"");
        assertEquals(200, followUp.status(), followUp::toString);
        String meeting = Network.schedule(Tokens.of("city", "network-coordinator"), "予定の会議 " + UUID.randomUUID(),
                Programmes.inDays(12).toString());
        JsonObject bOwn = Programmes.recruiting(bStaff, "他センターの予定 " + UUID.randomUUID(), 2026, Programmes.inDays(3), 10);

        Api.Reply made = Api.post("/me/calendar-feed", aStaff, "");
        assertEquals(200, made.status(), made::toString);
        String url = made.json().getString("url");
        String path = url.substring(url.indexOf("/api/v1") + "/api/v1".length());
        Api.Reply feed = Api.get(path, null);
        assertEquals(200, feed.status(), feed::toString);
        Set<String> uids = parse(feed.body()).stream().map(e -> e.getUid().orElseThrow().getValue()).collect(Collectors.toSet());
        assertTrue(uids.contains("session-" + plannedSession + "@kyodo"), "the centre's sessions, planned ones too");
        assertTrue(uids.contains("follow-up-" + consultation + "@kyodo"), "my follow-up");
        assertTrue(uids.contains("meeting-" + meeting + "@kyodo"), "the city's network meeting");
        assertFalse(feed.body().contains(bOwn.getJsonArray("sessions").getJsonObject(0).getString("id")));
        assertFalse(feed.body().contains("予定の相談"), "a consultation is named by its day, not its words");
        assertTrue(Api.get("/me/calendar-feed", aStaff).json().getBoolean("exists"));

        // someone learnt the address: a new one, and the old one is gone
        String renewed = Api.post("/me/calendar-feed", aStaff, "").json().getString("url");
        assertEquals(404, Api.get(path, null).status());
        String renewedPath = renewed.substring(renewed.indexOf("/api/v1") + "/api/v1".length());
        assertEquals(200, Api.get(renewedPath, null).status());
        // a token of one centre changed to name another finds no one
        String token = renewedPath.substring(renewedPath.lastIndexOf('/') + 1, renewedPath.length() - 4);
        assertEquals(404, Api.get("/public/calendar-feeds/" + B + token.substring(token.indexOf('.')) + ".ics", null).status());
        assertEquals(200, Api.delete("/me/calendar-feed", aStaff).status());
        assertEquals(404, Api.get(renewedPath, null).status());
        assertFalse(Api.get("/me/calendar-feed", aStaff).json().getBoolean("exists"));
    }

    @Test
    void theCentresCalendarHoldsItsSessionsMeetingsBookingsAndDeadlinesAndNoOtherCentres() {
        Staff.signIn(aStaff);
        var from = Programmes.inDays(1);
        var to = Programmes.inDays(20);
        JsonObject programme = Programmes.recruiting(aStaff, "暦の講座 " + UUID.randomUUID(), 2026, Programmes.inDays(5), 10);
        String space = Bookings.createSpace(aManager, Bookings.room("暦の部屋 " + UUID.randomUUID(), b -> { })).getString("id");
        Api.Reply booked = Api.post("/bookings", aStaff, Bookings.internal(space, Programmes.inDays(6), "10:00", "12:00", b -> { }));
        assertEquals(201, booked.status(), booked::toString);
        String booking = booked.json().getJsonArray("bookings").getJsonObject(0).getString("id");
        String coordinator = Tokens.of("city", "network-coordinator");
        String meeting = Network.schedule(coordinator, "暦の会議 " + UUID.randomUUID(), Programmes.inDays(7).toString());
        Api.Reply action = Api.post("/network/meetings/" + meeting + "/actions", coordinator,
                "{\"assignee\":\"" + A + "\",\"title\":\"暦の宿題\",\"dueOn\":\"" + Programmes.inDays(8) + "\"}");
        assertEquals(201, action.status(), action::toString);
        String consultation = Consultations.createAssigned(aStaff, aManager, "暦の相談 " + UUID.randomUUID()).getString("id");
        assertEquals(200, Api.post("/consultations/" + consultation + "/work", aStaff, "{\"experts\":\"税理士\"}",
                "If-Match", "\"2\"").status());
        assertEquals(200, Api.post("/consultations/" + consultation + "/follow-up", aStaff,
                "{\"nextActionOn\":\"" + Programmes.inDays(9) + "\"}", "If-Match", "\"3\"").status());

        Api.Reply month = Api.get("/calendar?from=" + from + "&to=" + to, aStaff);
        assertEquals(200, month.status(), month::toString);
        List<JsonObject> entries = month.jsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertTrue(has(entries, "SESSION", programme.getString("id"), Programmes.inDays(5)), month::body);
        JsonObject bookingEntry = entries.stream().filter(e -> e.getString("recordId").equals(booking)).findFirst()
                .orElseThrow(() -> new AssertionError(month.body()));
        assertEquals("BOOKING", bookingEntry.getString("type"));
        assertEquals(space, bookingEntry.getString("spaceId"));
        assertEquals("10:00:00", bookingEntry.getString("start"));
        assertTrue(has(entries, "MEETING", meeting, Programmes.inDays(7)), month::body);
        assertTrue(entries.stream().anyMatch(e -> e.getString("type").equals("DEADLINE")
                && e.getString("title").contains("暦の宿題")), "the action item's due day");
        assertTrue(has(entries, "DEADLINE", consultation, Programmes.inDays(9)), "my follow-up");
        assertFalse(month.body().contains("暦の相談"), "a consultation is named by its day, not its words");

        // another centre sees its own calendar: none of these (the city's meeting is every centre's)
        String other = Api.get("/calendar?from=" + from + "&to=" + to, bStaff).body();
        for (String id : List.of(programme.getString("id"), booking, consultation)) {
            assertFalse(other.contains(id), id);
        }
        assertTrue(other.contains(meeting), "a network meeting of the city is on every centre's calendar");

        Api.Reply tooLong = Api.get("/calendar?from=" + from + "&to=" + from.plusDays(62), aStaff);
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertTrue(tooLong.body().contains("62"), tooLong.body());
        assertEquals(400, Api.get("/calendar?to=" + to, aStaff).status());
        assertEquals(403, Api.get("/calendar?from=" + from + "&to=" + to, Tokens.of("city", "hq-analyst")).status());
    }

    private static boolean has(List<JsonObject> entries, String type, String recordId, java.time.LocalDate date) {
        return entries.stream().anyMatch(e -> e.getString("type").equals(type) && e.getString("recordId").equals(recordId)
                && e.getString("date").equals(date.toString()));
    }

    private static List<VEvent> parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar.getComponents("VEVENT");
    }

    private static Set<String> programmeIds(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("events").stream().map(v -> v.asJsonObject().getString("programmeId"))
                .collect(Collectors.toSet());
    }
}
