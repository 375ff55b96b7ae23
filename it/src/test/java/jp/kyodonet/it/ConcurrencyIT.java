package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lost updates and duplicate submissions are prevented by versions and the database. */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private final String staff = Tokens.of("konan", "centre-staff");

    @Test
    void twoUpdatesOfTheSameVersionOneWinsOneGets412() throws Exception {
        String path = "/consultations/" + Consultations.create(staff, "元の内容").getString("id");
        List<Api.Reply> replies = inParallel(List.of(
                () -> Api.put(path, staff, Consultations.intake("Aさんの更新"), "If-Match", "\"1\""),
                () -> Api.put(path, staff, Consultations.intake("Bさんの更新"), "If-Match", "\"1\"")));
        List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
        assertEquals(List.of(200, 412), statuses, replies::toString);
        String winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow()
                .json().getString("summary");
        JsonObject stored = Api.get(path, staff).json();
        assertEquals(winner, stored.getString("summary"), "the loser's change is not stored");
        assertEquals(2, stored.getInt("version"));
    }

    @Test
    void staleVersionInBodyIs412AndChangesNothing() {
        String path = "/consultations/" + Consultations.create(staff, "版の確認").getString("id");
        assertEquals(200, Api.put(path, staff, Consultations.intake("一回目", b -> b.add("version", 1))).status());
        Api.Reply stale = Api.put(path, staff, Consultations.intake("古い版からの更新", b -> b.add("version", 1)));
        assertEquals(412, stale.status(), stale::toString);
        assertEquals("一回目", Api.get(path, staff).json().getString("summary"));
    }

    @Test
    void updateWithoutVersionIs428() {
        String path = "/consultations/" + Consultations.create(staff, "版なし").getString("id");
        Api.Reply reply = Api.put(path, staff, Consultations.intake("版を付けない更新"));
        assertEquals(428, reply.status(), reply::toString);
        assertEquals("版なし", Api.get(path, staff).json().getString("summary"));
    }

    @Test
    void closingTwiceIsAConflict() {
        String manager = Tokens.of("konan", "centre-manager");
        String path = "/consultations/" + Consultations.createAssigned(staff, manager, "二度閉じ").getString("id");
        String closing = "{\"outcome\":\"INFORMATION_ONLY\",\"closedOn\":\"" + LocalDate.now() + "\",\"note\":\"案内済み\"}";
        Api.Reply first = Api.post(path + "/close", staff, closing, "If-Match", "\"2\"");
        assertEquals(200, first.status(), first::toString);
        assertEquals("CLOSED", first.json().getString("status"));
        Api.Reply second = Api.post(path + "/close", staff, closing, "If-Match", "\"3\"");
        assertEquals(409, second.status(), second::toString);
        Api.Reply revise = Api.put(path, staff, Consultations.intake("閉じた後の変更"), "If-Match", "\"3\"");
        assertEquals(409, revise.status(), revise::toString);
    }

    @Test
    void duplicateSubmissionsWithOneKeyCreateOneConsultation() throws Exception {
        long before = Consultations.total(staff);
        String key = "it-" + java.util.UUID.randomUUID();
        List<Callable<Api.Reply>> same = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            same.add(() -> Api.post("/consultations", staff, Consultations.intake("二重送信"), "Idempotency-Key", key));
        }
        List<Api.Reply> replies = inParallel(same);
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies::toString);
        assertTrue(replies.stream().allMatch(r -> r.status() == 201 || r.status() == 200 || r.status() == 409),
                replies::toString);
        assertEquals(before + 1, Consultations.total(staff));
        Api.Reply again = Api.post("/consultations", staff, Consultations.intake("二重送信"), "Idempotency-Key", key);
        assertEquals(200, again.status(), again::toString);
        assertEquals(before + 1, Consultations.total(staff));
    }

    private static List<Api.Reply> inParallel(List<Callable<Api.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (Callable<Api.Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
