package jp.kyodonet.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KPI facts (issue 8): kept current by every kind of change and equal to a recomputation from the records;
 * the dashboards read them; city rates are recomputed from numerators and denominators.
 */
@ExtendWith(ArquillianExtension.class)
class KpiFactsIT {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final String hq = Tokens.of("city", "hq-analyst");

    /** Waits until every recomputation the committed changes asked for has run. */
    static void settle() {
        String token = Tokens.of("city", "hq-analyst");
        Api.Reply status = Api.eventually(() -> Api.get("/kpi/facts/status", token),
                r -> r.status() == 200 && r.json().getInt("backlog") == 0, java.time.Duration.ofSeconds(30));
        assertEquals(0, status.json().getInt("backlog"), status::toString);
        assertEquals(0, status.json().getJsonNumber("failures").longValue(), "no recomputation failed: " + status);
    }

    static int thisFiscalYear() {
        LocalDate today = LocalDate.now(JAPAN);
        return today.getMonthValue() < 4 ? today.getYear() - 1 : today.getYear();
    }

    /** Every indicator's year-to-date value of a centre's dashboard (absent: no figure). */
    static Map<String, BigDecimal> values(JsonObject dashboard) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (JsonValue v : dashboard.getJsonArray("indicators")) {
            JsonObject i = v.asJsonObject();
            values.put(i.getJsonObject("indicator").getString("code"),
                    i.containsKey("value") ? i.getJsonNumber("value").bigDecimalValue() : null);
        }
        return values;
    }

    private JsonObject dashboard(String centre) {
        return dashboardOf(centre);
    }

    /** A centre's dashboard of this fiscal year, as HQ reads it. */
    static JsonObject dashboardOf(String centre) {
        Api.Reply reply = Api.get("/kpi/dashboard?centre=" + centre + "&fiscalYear=" + thisFiscalYear(),
                Tokens.of("city", "hq-analyst"));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    static void grew(Map<String, BigDecimal> before, Map<String, BigDecimal> after, String code, int by) {
        BigDecimal was = before.get(code) == null ? BigDecimal.ZERO : before.get(code);
        BigDecimal now = after.get(code) == null ? BigDecimal.ZERO : after.get(code);
        assertEquals(0, was.add(BigDecimal.valueOf(by)).compareTo(now), code + ": " + was + " then " + now + ", expected +" + by);
    }

    @Test
    void theFactsFollowCreatesUpdatesClosesCancellationsAndDeletesAndEqualARecomputationFromTheRecords() {
        String kanagawa = Tokens.of("kanagawa", "centre-staff");
        String kanagawaManager = Tokens.of("kanagawa", "centre-manager");
        String tsurumi = Tokens.of("tsurumi", "centre-staff");
        String tsurumiManager = Tokens.of("tsurumi", "centre-manager");
        String today = LocalDate.now(JAPAN).toString();
        settle();
        Map<String, BigDecimal> kanagawaBefore = values(dashboard("kanagawa"));
        Map<String, BigDecimal> tsurumiBefore = values(dashboard("tsurumi"));

        // consultations: 3 activity, 2 facility inquiries; one inquiry becomes an activity consultation; 2 closed;
        // one activity consultation deleted
        List<String> activity = new java.util.ArrayList<>();
        for (int n = 0; n < 3; n++) {
            activity.add(Api.post("/consultations", kanagawa, Consultations.intake("指標 活動 " + n,
                    b -> b.add("receivedOn", today))).json().getString("id"));
        }
        List<String> inquiries = new java.util.ArrayList<>();
        for (int n = 0; n < 2; n++) {
            Api.Reply created = Api.post("/consultations", kanagawa, Consultations.intake("指標 問い合わせ " + n,
                    b -> b.add("receivedOn", today).add("track", "FACILITY_INQUIRY")));
            assertEquals(201, created.status(), created::toString);
            inquiries.add(created.json().getString("id"));
        }
        Api.Reply changed = Api.put("/consultations/" + inquiries.get(0), kanagawa,
                Consultations.intake("指標 問い合わせから活動へ", b -> b.add("receivedOn", today)), "If-Match", "\"1\"");
        assertEquals(200, changed.status(), changed::toString);
        for (String id : List.of(activity.get(0), activity.get(1))) {
            Api.Reply assigned = Api.post("/consultations/" + id + "/assignment", kanagawaManager,
                    Staff.assignment("kanagawa"), "If-Match", "\"1\"");
            assertEquals(200, assigned.status(), assigned::toString);
            Api.Reply closed = Api.post("/consultations/" + id + "/close", kanagawa,
                    "{\"outcome\":\"INFORMATION_ONLY\",\"closedOn\":\"" + today + "\"}", "If-Match", "\"2\"");
            assertEquals(200, closed.status(), closed::toString);
        }
        assertEquals(204, Api.delete("/consultations/" + activity.get(2), kanagawaManager, "If-Match", "\"1\"").status());

        // a referral from kanagawa to tsurumi, accepted
        String referred = Api.post("/consultations", kanagawa, Consultations.intake("指標 紹介",
                b -> b.add("receivedOn", today))).json().getString("id");
        String referral = Referrals.send(kanagawa, referred, "tsurumi", false).getString("id");
        assertEquals(200, Api.post("/referrals/" + referral + "/accept", tsurumi, "").status());

        // bookings at tsurumi: a new room, three bookings, one cancelled
        String room = Bookings.createSpace(tsurumiManager, Bookings.room("指標テスト室 " + System.nanoTime(), b -> { }))
                .getString("id");
        LocalDate day = LocalDate.now(JAPAN).plusDays(2);
        String cancelled = null;
        for (String start : List.of("09:00", "12:00", "15:00")) {
            Api.Reply booked = Api.post("/bookings", tsurumi, Bookings.internal(room, day, start,
                    start.replace("09", "10").replace("12", "13").replace("15", "16"), b -> { }));
            assertEquals(201, booked.status(), booked::toString);
            cancelled = booked.json().getJsonArray("bookings").getJsonObject(0).getString("id");
        }
        assertEquals(200, Api.post("/bookings/" + cancelled + "/cancel", tsurumi, "", "If-Match", "\"1\"").status());
        String approvalRoom = Bookings.createSpace(tsurumiManager, Bookings.room("指標テスト承認室 " + System.nanoTime(),
                b -> b.add("approvalRequired", true))).getString("id");
        Api.Reply requested = Api.post("/bookings", tsurumi, Bookings.internal(approvalRoom, day, "10:00", "11:00", b -> { }));
        assertEquals(201, requested.status(), requested::toString);
        String request = requested.json().getJsonArray("bookings").getJsonObject(0).getString("id");
        Api.Reply declined = Api.post("/bookings/" + request + "/decline", tsurumiManager, "{\"reason\":\"指標の確認\"}",
                "If-Match", "\"1\"");
        assertEquals(200, declined.status(), declined::toString);

        // a programme recruiting at tsurumi, an organisation registered there
        Programmes.recruiting(tsurumi, "指標テスト講座", thisFiscalYear(), Programmes.inDays(3), 20);
        Organisations.registered(tsurumiManager, "指標テストの会 " + System.nanoTime(), today, today);

        settle();
        Map<String, BigDecimal> kanagawaAfter = values(dashboard("kanagawa"));
        Map<String, BigDecimal> tsurumiAfter = values(dashboard("tsurumi"));
        grew(kanagawaBefore, kanagawaAfter, "consultations.received", 5);
        grew(kanagawaBefore, kanagawaAfter, "consultations.activity", 4);
        grew(kanagawaBefore, kanagawaAfter, "consultations.closed", 2);
        grew(kanagawaBefore, kanagawaAfter, "referrals.sent", 1);
        grew(tsurumiBefore, tsurumiAfter, "referrals.received", 1);
        grew(tsurumiBefore, tsurumiAfter, "referrals.accepted", 1);
        grew(tsurumiBefore, tsurumiAfter, "consultations.received", 1);
        grew(tsurumiBefore, tsurumiAfter, "programmes.count", 1);
        grew(tsurumiBefore, tsurumiAfter, "organisations.newRegistrations", 1);
        assertTrue(kanagawaAfter.get("consultations.firstResponseDays") != null, "assigned consultations have a first response");

        // the facts equal a recomputation from the records: rebuilding the year changes no row of any centre
        for (int year : List.of(thisFiscalYear(), thisFiscalYear() - 1)) {
            Api.Reply rebuilt = Api.post("/kpi/facts/rebuild?fiscalYear=" + year, hq, "");
            assertEquals(200, rebuilt.status(), rebuilt::toString);
            assertEquals(0, rebuilt.json().getInt("written"), "a fact differed from the records in FY" + year + ": " + rebuilt);
            assertEquals(0, rebuilt.json().getInt("removed"), "a fact had no record behind it in FY" + year + ": " + rebuilt);
        }
        assertEquals(kanagawaAfter, values(dashboard("kanagawa")));
    }

    @Test
    void theCheckMarksWhatChangedWithoutAMarkAndTheWorkersBringTheFactsBackToTheRecords() throws Exception {
        String naka = Tokens.of("naka", "centre-staff");
        String id = Api.post("/consultations", naka, Consultations.intake("指標 期限切れの確認",
                b -> b.add("receivedOn", LocalDate.now(JAPAN).minusDays(3).toString()))).json().getString("id");
        settle();
        BigDecimal before = values(dashboard("naka")).get("consultations.overdue");
        // time passes: the next action falls due with no change to any record through the product, so nothing is marked
        Database.letNextActionPass(id, 2);
        settle();
        assertEquals(before, values(dashboard("naka")).get("consultations.overdue"), "no mark, no recomputation");

        Api.Reply checked = Api.post("/kpi/facts/check", hq, "");
        assertEquals(200, checked.status(), checked::toString);
        assertTrue(checked.json().getInt("checked") >= 19 * 7, checked::toString);
        assertTrue(checked.json().getInt("marked") >= 1, "the overdue stock of naka differs from its records: " + checked);
        assertEquals(0, checked.json().getInt("cityRowsCorrected"), "the city totals are the sums of the centres: " + checked);
        settle();
        BigDecimal after = values(dashboard("naka")).get("consultations.overdue");
        assertEquals(0, (before == null ? BigDecimal.ZERO : before).add(BigDecimal.ONE).compareTo(after),
                "overdue follow-ups of naka: " + before + " then " + after);
        Api.Reply rebuilt = Api.post("/kpi/facts/rebuild?fiscalYear=" + thisFiscalYear(), hq, "");
        assertEquals(0, rebuilt.json().getInt("written"), rebuilt::toString);
        Api.Reply again = Api.post("/kpi/facts/check", hq, "");
        assertEquals(0, again.json().getInt("marked"), "after the recomputation nothing differs: " + again);
        assertEquals(0, again.json().getInt("cityRowsCorrected"), again::toString);
    }

    /**
     * The facts' persistent timer fires every minute, once per minute (bin/kyodo cluster failover counts it with two
     * instances and one of them killed): each firing is noted with the minute it was due, none comes before its minute
     * or a minute late, and on one server no minute fires twice.
     */
    @Test
    void thePersistentMinuteTimerFiresOnceForEachMinute() throws Exception {
        String firings = "SELECT COUNT(*), COALESCE(SUM(also_fired), 0), COALESCE(SUM(fired_at < due_at), 0),"
                + " COALESCE(SUM(fired_at >= due_at + INTERVAL 1 MINUTE), 0) FROM kpi_timer_firing";
        long[] seen = Api.eventually(() -> Database.longs(firings), r -> r[0] >= 1, java.time.Duration.ofSeconds(75));
        assertTrue(seen[0] >= 1, "the minute timer has fired since the deployment");
        assertEquals(0, seen[1], "one firing per minute: " + java.util.Arrays.toString(seen));
        assertEquals(0, seen[2], "no firing before its minute");
        assertEquals(0, seen[3], "no firing a minute or more late on a running server");
    }
}
