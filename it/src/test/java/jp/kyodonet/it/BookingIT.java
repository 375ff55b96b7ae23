package jp.kyodonet.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 貸館・予約: rules, double-booking prevention under parallel requests, approval, series, public views. */
@ExtendWith(ArquillianExtension.class)
class BookingIT {

    private static final String CENTRE = "hodogaya";
    private static final String staff = Tokens.of(CENTRE, "centre-staff");
    private static final String manager = Tokens.of(CENTRE, "centre-manager");
    private static final String otherWard = Tokens.of("aoba", "centre-manager");
    private static String room;
    private static String projector;
    private static String spaceA;
    private static String registeredOrg;

    @BeforeAll
    static void setUp() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        room = Bookings.createSpace(manager, Bookings.room("協働ラボ " + tag, b -> { })).getString("id");
        projector = Bookings.createSpace(manager, Bookings.room("プロジェクター " + tag, b -> b.add("kind", "EQUIPMENT")
                .remove("capacity"))).getString("id");
        spaceA = Bookings.createSpace(manager, Bookings.room("スペースA " + tag, b -> b.add("capacity", 48)
                .add("eligible", jakarta.json.Json.createArrayBuilder().add("COLLABORATION_EVENT"))
                .add("approvalRequired", true))).getString("id");
        registeredOrg = Organisations.registered(staff, "予約する団体 " + tag, null, null).getString("id");
    }

    private static LocalDate day(int ahead) {
        return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(ahead);
    }

    @Test
    void aHundredParallelRequestsForOneRoomSlotConfirmExactlyOne() throws Exception {
        assertExactlyOneOf100(room, day(20));
    }

    @Test
    void aHundredParallelRequestsForOneEquipmentItemConfirmExactlyOne() throws Exception {
        assertExactlyOneOf100(projector, day(21));
    }

    private static void assertExactlyOneOf100(String spaceId, LocalDate date) throws Exception {
        String body = Bookings.internal(spaceId, date, "13:00", "15:00", b -> { });
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.post("/bookings", staff, body);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Api.Reply> answer : answers) {
                Api.Reply reply = answer.get();
                if (reply.status() == 201) {
                    created++;
                } else {
                    assertEquals(409, reply.status(), reply::toString);
                    assertTrue(reply.body().contains("すでに予約"), reply::toString);
                }
            }
            assertEquals(1, created, "exactly one confirmed");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Database.bookingsOf(spaceId, date), "the database holds one booking");
    }

    @Test
    void theRulesAreAppliedAndNamed() throws Exception {
        String applied = Organisations.apply(staff, "未登録の団体 " + UUID.randomUUID()).getString("id");
        Api.Reply unregistered = Api.post("/bookings", staff, Bookings.forOrganisation(room, applied, day(30), "10:00", "11:00"));
        assertEquals(409, unregistered.status(), unregistered::toString);
        assertTrue(unregistered.json().getString("detail").contains("登録団体"), unregistered::toString);

        assertEquals(201, Api.post("/bookings", staff, Bookings.forOrganisation(room, registeredOrg, day(30), "10:00", "12:00"))
                .status());
        Api.Reply overLimit = Api.post("/bookings", staff, Bookings.forOrganisation(room, registeredOrg, day(30), "14:00", "16:00"));
        assertEquals(409, overLimit.status(), overLimit::toString);
        assertTrue(overLimit.json().getString("detail").contains("1日の上限時間"), overLimit::toString);

        Api.Reply closed = Api.post("/bookings", staff, Bookings.internal(room, day(31), "20:00", "22:00", b -> { }));
        assertEquals(409, closed.status(), closed::toString);
        assertTrue(closed.json().getString("detail").contains("開館時間"), closed::toString);
        Api.Reply crowd = Api.post("/bookings", staff, Bookings.internal(room, day(31), "10:00", "11:00", b -> b.add("headcount", 31)));
        assertTrue(crowd.json().getString("detail").contains("定員"), crowd::toString);
        Api.Reply unit = Api.post("/bookings", staff, Bookings.internal(room, day(31), "10:15", "11:00", b -> { }));
        assertTrue(unit.json().getString("detail").contains("予約単位"), unit::toString);
        Api.Reply tooFar = Api.post("/bookings", staff, Bookings.internal(room, day(120), "10:00", "11:00", b -> { }));
        assertTrue(tooFar.json().getString("detail").contains("予約可能期間"), tooFar::toString);
        Api.Reply onlyEvents = Api.post("/bookings", staff, Bookings.forOrganisation(spaceA, registeredOrg, day(31), "10:00", "11:00"));
        assertEquals(409, onlyEvents.status(), onlyEvents::toString);
        assertTrue(onlyEvents.json().getString("detail").contains("市・区との協働事業"), onlyEvents::toString);
        assertEquals(0, Database.bookingsOf(room, day(31)), "nothing written by refused requests");
    }

    @Test
    void approvalDeclineAndCancelFreeTheTime() {
        String event = Bookings.internal(spaceA, day(40), "10:00", "12:00", b -> b.add("bookerKind", "COLLABORATION_EVENT")
                .add("bookerName", "保土ケ谷区 地域振興課").add("purpose", "COLLABORATION_VENUE").add("headcount", 40));
        JsonObject requested = Api.post("/bookings", staff, event).json().getJsonArray("bookings").getJsonObject(0);
        assertEquals("REQUESTED", requested.getString("status"), "スペースA needs staff approval");
        assertEquals(409, Api.post("/bookings", staff, event).status(), "a request holds its time");
        Api.Reply declined = Api.post("/bookings/" + requested.getString("id") + "/decline", manager,
                "{\"reason\":\"市の行事と重なるため\"}", "If-Match", "\"1\"");
        assertEquals("DECLINED", declined.json().getString("status"), declined::toString);
        JsonObject again = Api.post("/bookings", staff, event).json().getJsonArray("bookings").getJsonObject(0);
        Api.Reply approved = Api.post("/bookings/" + again.getString("id") + "/approve", manager, "", "If-Match", "\"1\"");
        assertEquals("CONFIRMED", approved.json().getString("status"));
        assertEquals(409, Api.post("/bookings/" + again.getString("id") + "/approve", manager, "", "If-Match", "\"2\"").status());

        Api.Reply cancelled = Api.post("/bookings/" + again.getString("id") + "/cancel", staff, "", "If-Match", "\"2\"");
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(201, Api.post("/bookings", staff, event).status(), "the cancelled time is free again");
    }

    @Test
    void aWeeklySeriesBooksTheFreeDatesAndReportsTheClash() {
        LocalDate first = day(49);
        Api.Reply blocker = Api.post("/bookings", staff, Bookings.internal(room, first.plusWeeks(2), "18:00", "20:00", b -> { }));
        assertEquals(201, blocker.status(), blocker::toString);
        Api.Reply series = Api.post("/bookings", staff, Bookings.internal(room, first, "18:00", "20:00",
                b -> b.add("repeat", "WEEKLY").add("occurrences", 4).add("equipmentIds",
                        jakarta.json.Json.createArrayBuilder().add(projector))));
        assertEquals(201, series.status(), series::toString);
        assertEquals(6, series.json().getJsonArray("bookings").size(), "3 dates × (room + projector)");
        assertEquals(1, series.json().getJsonArray("skipped").size());
        assertEquals(first.plusWeeks(2).toString(), series.json().getJsonArray("skipped").getJsonObject(0).getString("date"));
    }

    @Test
    void thePublicSeesTakenTimesWithoutBookersAndCanSearchAcrossCentres() {
        LocalDate date = day(60);
        Api.Reply booked = Api.post("/bookings", staff, Bookings.forOrganisation(room, registeredOrg, date, "09:00", "10:00"));
        assertEquals(201, booked.status(), booked::toString);
        Api.Reply open = Api.get("/public/availability?centre=" + CENTRE + "&date=" + date, null);
        assertEquals(200, open.status(), open::toString);
        JsonObject roomDay = open.json().getJsonArray("spaces").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("spaceId").equals(room)).findFirst().orElseThrow();
        assertEquals(List.of("09:00", "09:30"), roomDay.getJsonArray("taken").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).map(s -> s.substring(0, 5)).toList());
        assertFalse(open.body().contains("予約する団体") || open.body().contains("センター主催講座"), "no bookers: " + open);

        Api.Reply busy = Api.get("/public/free-spaces?date=" + date + "&from=09:00&to=10:00&headcount=5", null);
        assertFalse(busy.body().contains(room), "taken at 9:00");
        Api.Reply free = Api.get("/public/free-spaces?date=" + date + "&from=10:00&to=11:00&headcount=5", null);
        assertTrue(free.body().contains(room), free::toString);
        assertFalse(Api.get("/public/free-spaces?date=" + date + "&from=10:00&to=11:00&headcount=40", null).body().contains(room),
                "too small for 40");
        assertEquals(400, Api.get("/public/free-spaces?date=x&from=10:00&to=09:00", null).status());
    }

    @Test
    void anotherWardGets404ForSpacesAndBookingsAndNothingChanges() {
        String booking = Api.post("/bookings", staff, Bookings.internal(room, day(70), "10:00", "11:00", b -> { }))
                .json().getJsonArray("bookings").getJsonObject(0).getString("id");
        assertEquals(404, Api.get("/spaces/" + room, otherWard).status());
        assertEquals(404, Api.put("/spaces/" + room, otherWard, Bookings.room("乗っ取り", b -> { }), "If-Match", "\"1\"").status());
        assertEquals(404, Api.get("/bookings/" + booking, otherWard).status());
        assertEquals(404, Api.post("/bookings/" + booking + "/cancel", otherWard, "", "If-Match", "\"1\"").status());
        assertEquals(404, Api.post("/bookings/" + booking + "/approve", otherWard, "", "If-Match", "\"1\"").status());
        assertEquals(404, Api.post("/bookings/" + booking + "/decline", otherWard, "{\"reason\":\"x\"}", "If-Match", "\"1\"")
                .status());
        assertEquals(404, Api.get("/spaces/" + room + "/usage?month=2026-12", otherWard).status());
        assertFalse(Api.get("/spaces", otherWard).body().contains(room));
        assertEquals(404, Api.post("/bookings", otherWard, Bookings.internal(room, day(71), "10:00", "11:00", b -> { })).status());
        assertFalse(Api.get("/bookings?date=" + day(70), otherWard).body().contains(booking));
        assertEquals("CONFIRMED", Api.get("/bookings/" + booking, staff).json().getString("status"));
        assertTrue(Api.get("/spaces/" + room, staff).json().getString("name").startsWith("協働ラボ"));
    }

    @Test
    void usageCountsBookedHoursAgainstOpeningHours() {
        LocalDate date = day(80);
        String month = date.toString().substring(0, 7);
        JsonObject before = Api.get("/spaces/" + room + "/usage?month=" + month, staff).json();
        assertEquals(201, Api.post("/bookings", staff, Bookings.internal(room, date, "09:00", "12:00", b -> b.add("headcount", 12)))
                .status());
        JsonObject after = Api.get("/spaces/" + room + "/usage?month=" + month, staff).json();
        assertEquals(before.getJsonNumber("bookedHours").doubleValue() + 3, after.getJsonNumber("bookedHours").doubleValue(), 1e-9);
        assertEquals(before.getInt("headcount") + 12, after.getInt("headcount"));
        assertEquals(12.0 * date.lengthOfMonth(), after.getJsonNumber("openHours").doubleValue(), 1e-9);
        assertEquals(400, Api.get("/spaces/" + room + "/usage?month=2026-13", staff).status());
    }
}
