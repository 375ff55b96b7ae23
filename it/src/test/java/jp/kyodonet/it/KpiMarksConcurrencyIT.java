package jp.kyodonet.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Durable change marks under concurrency (issue 18): 20 clients write to five centres at once (consultations received
 * in three fiscal years, moved from one year to another, deleted; bookings made and cancelled) while the server's two
 * workers claim the marks with SELECT ... FOR UPDATE SKIP LOCKED; then one consultation per centre moves out of its
 * fiscal year with nothing else written. Afterwards no mark is left and the facts equal a recomputation from the
 * records: rebuilding each fiscal year writes and removes nothing, and the city totals kept with the facts equal the
 * sum of the city's centres.
 */
@ExtendWith(ArquillianExtension.class)
class KpiMarksConcurrencyIT {

    private static final List<String> CENTRES = List.of("aoba", "asahi", "izumi", "kohoku", "midori");
    private static final int CLIENTS = 20;
    private static final int ROUNDS = 12;

    @Test
    void twentyClientsWritingToFiveCentresLeaveNoMarkAndFactsEqualToARebuild() throws Exception {
        String hq = Tokens.of("city", "hq-analyst");
        KpiFactsIT.settle();
        Map<String, String> rooms = new ConcurrentHashMap<>();
        for (String centre : CENTRES) {
            rooms.put(centre, Bookings.createSpace(Tokens.of(centre, "centre-manager"),
                    Bookings.room("並行集計室 " + System.nanoTime(), b -> { })).getString("id"));
        }
        LocalDate today = LocalDate.now(KpiFactsIT.JAPAN);
        List<LocalDate> receivedDays = List.of(today, today.minusDays(400), today.minusDays(800));
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger writes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                String centre = CENTRES.get(client % CENTRES.size());
                String staff = Tokens.of(centre, "centre-staff");
                String manager = Tokens.of(centre, "centre-manager");
                String hour = String.format("%02d", 9 + client / CENTRES.size() * 2);
                String until = String.format("%02d", 10 + client / CENTRES.size() * 2);
                for (int n = 0; n < ROUNDS; n++) {
                    LocalDate received = receivedDays.get((client + n) % receivedDays.size());
                    Api.Reply created = Api.post("/consultations", staff, Consultations.intake("並行 " + client + "-" + n,
                            b -> b.add("receivedOn", received.toString())));
                    expect(failures, created, 201);
                    writes.incrementAndGet();
                    if (created.status() != 201) {
                        continue;
                    }
                    String id = created.json().getString("id");
                    if (n % 3 == 1) {
                        LocalDate moved = receivedDays.get((client + n + 1) % receivedDays.size());
                        expect(failures, Api.put("/consultations/" + id, staff, Consultations.intake("並行 移動 " + client,
                                b -> b.add("receivedOn", moved.toString())), "If-Match", "\"1\""), 200);
                        writes.incrementAndGet();
                    } else if (n % 4 == 3) {
                        expect(failures, Api.delete("/consultations/" + id, manager, "If-Match", "\"1\""), 204);
                        writes.incrementAndGet();
                    }
                    Api.Reply booked = Api.post("/bookings", staff, Bookings.internal(rooms.get(centre),
                            today.plusDays(1 + n), hour + ":00", until + ":00", b -> { }));
                    expect(failures, booked, 201);
                    writes.incrementAndGet();
                    if (booked.status() == 201 && n % 2 == 0) {
                        String booking = booked.json().getJsonArray("bookings").getJsonObject(0).getString("id");
                        expect(failures, Api.post("/bookings/" + booking + "/cancel", staff, "", "If-Match", "\"1\""), 200);
                        writes.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> client : clients) {
            client.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertTrue(failures.isEmpty(), failures.size() + " of " + writes.get() + " writes failed, e.g. " + failures.peek());

        // then, with nothing else written, one consultation per centre moves out of the oldest year: only the marks of
        // the year it counted in when it was read make that year's facts right again
        KpiFactsIT.settle();
        List<Future<Api.Reply>> moves = new ArrayList<>();
        ExecutorService movers = Executors.newFixedThreadPool(CENTRES.size());
        for (String centre : CENTRES) {
            String staff = Tokens.of(centre, "centre-staff");
            Api.Reply created = Api.post("/consultations", staff, Consultations.intake("並行 最後の移動 " + centre,
                    b -> b.add("receivedOn", receivedDays.get(2).toString())));
            assertEquals(201, created.status(), created::toString);
            KpiFactsIT.settle();
            String id = created.json().getString("id");
            moves.add(movers.submit(() -> Api.put("/consultations/" + id, staff, Consultations.intake("並行 移動済み",
                    b -> b.add("receivedOn", today.toString())), "If-Match", "\"1\"")));
        }
        for (Future<Api.Reply> move : moves) {
            Api.Reply moved = move.get(1, TimeUnit.MINUTES);
            assertEquals(200, moved.status(), moved::toString);
        }
        movers.shutdown();

        Api.Reply status = Api.eventually(() -> Api.get("/kpi/facts/status", hq),
                r -> r.status() == 200 && r.json().getInt("backlog") == 0, Duration.ofSeconds(120));
        assertEquals(0, status.json().getInt("backlog"), "marks left after the writes: " + status);
        assertEquals(0, status.json().getInt("failures"), status::toString);

        int thisYear = KpiFactsIT.thisFiscalYear();
        for (int year = thisYear - 3; year <= thisYear; year++) {
            Api.Reply rebuilt = Api.post("/kpi/facts/rebuild?fiscalYear=" + year, hq, "");
            assertEquals(200, rebuilt.status(), rebuilt::toString);
            JsonObject outcome = rebuilt.json();
            assertEquals(0, outcome.getInt("written"), "facts differed from the records in FY" + year + ": " + outcome);
            assertEquals(0, outcome.getInt("removed"), "facts without records in FY" + year + ": " + outcome);
        }
        // the city totals kept with the facts equal the sum of the city's centres
        for (int year = thisYear - 3; year <= thisYear; year++) {
            for (String code : List.of("consultations.received", "bookings.count")) {
                Api.Reply view = Api.get("/kpi/city?code=" + code + "&fiscalYear=" + year, hq);
                assertEquals(200, view.status(), view::toString);
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                for (var centre : view.json().getJsonArray("centres")) {
                    JsonObject row = centre.asJsonObject();
                    if (row.containsKey("value") && !row.isNull("value")) {
                        sum = sum.add(row.getJsonNumber("value").bigDecimalValue());
                    }
                }
                JsonObject city = view.json();
                java.math.BigDecimal total = city.containsKey("city") && !city.isNull("city")
                        ? city.getJsonNumber("city").bigDecimalValue() : java.math.BigDecimal.ZERO;
                assertEquals(0, sum.compareTo(total), code + " FY" + year + ": the centres sum to " + sum
                        + ", the city total says " + total);
            }
        }
        // and the check finds every fact equal to its records and every city total equal to the sum of its centres
        Api.Reply first = Api.post("/kpi/facts/check", hq, "");
        assertEquals(0, first.json().getInt("cityRowsCorrected"), first::toString);
        KpiFactsIT.settle();
        Api.Reply second = Api.post("/kpi/facts/check", hq, "");
        assertEquals(0, second.json().getInt("marked"), second::toString);
        assertEquals(0, second.json().getInt("cityRowsCorrected"), second::toString);
        Api.Reply after = Api.get("/kpi/facts/status", hq);
        assertEquals(0, after.json().getInt("backlog"), "the rebuild leaves no mark: " + after);
    }

    private static void expect(ConcurrentLinkedQueue<String> failures, Api.Reply reply, int status) {
        if (reply.status() != status) {
            failures.add(reply.toString());
        }
    }
}
