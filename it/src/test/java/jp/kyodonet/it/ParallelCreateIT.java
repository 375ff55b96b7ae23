package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parallel writes of two centres never cross: each list holds exactly its own records. */
@ExtendWith(ArquillianExtension.class)
class ParallelCreateIT {

    @Test
    void fiftyParallelCreatesPerTenantStayInTheirTenant() throws Exception {
        String isogo = Tokens.of("isogo", "centre-staff");
        String sakae = Tokens.of("sakae", "centre-staff");
        Set<String> isogoBefore = Consultations.allIds(isogo);
        Set<String> sakaeBefore = Consultations.allIds(sakae);

        List<Callable<String[]>> work = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            work.add(() -> new String[] {"isogo", create(isogo, "磯子 並行 " + n)});
            work.add(() -> new String[] {"sakae", create(sakae, "栄 並行 " + n)});
        }
        Set<String> isogoCreated = new HashSet<>();
        Set<String> sakaeCreated = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            for (Future<String[]> result : pool.invokeAll(work)) {
                String[] created = result.get();
                (created[0].equals("isogo") ? isogoCreated : sakaeCreated).add(created[1]);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, isogoCreated.size());
        assertEquals(50, sakaeCreated.size());

        Set<String> isogoExpected = new HashSet<>(isogoBefore);
        isogoExpected.addAll(isogoCreated);
        Set<String> sakaeExpected = new HashSet<>(sakaeBefore);
        sakaeExpected.addAll(sakaeCreated);
        assertEquals(isogoExpected, Consultations.allIds(isogo), "isogo's list holds exactly its own");
        assertEquals(sakaeExpected, Consultations.allIds(sakae), "sakae's list holds exactly its own");
        assertTrue(java.util.Collections.disjoint(Consultations.allIds(isogo), sakaeCreated));
    }

    private static String create(String token, String summary) {
        Api.Reply reply = Api.post("/consultations", token, Consultations.intake(summary));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }
}
