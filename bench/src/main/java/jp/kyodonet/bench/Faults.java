package jp.kyodonet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write load and the bookkeeping of bench/faults.sh. For {@code seconds}, {@code clients} clients record
 * consultations (POST /consultations, each with its own Idempotency-Key, 10 s timeout, retried by the same client with
 * the same key until it is answered, as the portal does) and note every id the API acknowledged with 201; a
 * prober asks {@code /health/ready} every 250 ms and notes each change of its answer. The script kills and restarts
 * the database or the server meanwhile and writes what it did, with the time, to {@code events}. At the end the
 * acknowledged ids are compared with the rows: every acknowledged write must be in the database.
 *
 * <pre>Faults BASE-URL JDBC-URL USER PASSWORD RUN-DIR [--seconds 90] [--clients 4]</pre>
 */
public final class Faults {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Event(long at, String what) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path run = Path.of(args[4]);
        int seconds = Integer.parseInt(option(args, "--seconds", "90"));
        int clients = Integer.parseInt(option(args, "--clients", "4"));
        String server = base.replaceAll("(https?://[^/]+).*", "$1");
        String marker = "障害試験 " + run.getFileName();
        long start = System.currentTimeMillis();
        long end = start + seconds * 1000L;
        String token = signIn(base);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        // when each write was acknowledged, and the longest any one write waited for its answer (retries included)
        java.util.Queue<Long> answeredAt = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicLong longestWrite = new java.util.concurrent.atomic.AtomicLong();
        List<Event> writes = Collections.synchronizedList(new ArrayList<>());
        List<Event> health = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                boolean failing = false;
                for (int n = 0; System.currentTimeMillis() < end; n++) {
                    String key = run.getFileName() + "-" + client + "-" + n;
                    String body = "{\"receivedOn\":\"" + LocalDate.now() + "\",\"channel\":\"PHONE\",\"requesterKind\":\"CITIZEN\","
                            + "\"requesterName\":\"障害 試験\",\"track\":\"CIVIC_ACTIVITY\",\"topics\":[\"ACCOUNTING\"],"
                            + "\"summary\":\"" + marker + " " + key + "\"}";
                    long asked = System.currentTimeMillis();
                    while (System.currentTimeMillis() < end) {
                        String outcome;
                        try {
                            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/consultations"))
                                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                                String id = answer.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
                                acknowledged.add(id);
                                long now = System.currentTimeMillis();
                                answeredAt.add(now);
                                longestWrite.accumulateAndGet(now - asked, Math::max);
                                if (failing) {
                                    writes.add(new Event(System.currentTimeMillis(), "client " + client + " writes again"));
                                    failing = false;
                                }
                                break;
                            }
                            outcome = "HTTP " + answer.statusCode();
                        } catch (Exception e) {
                            outcome = e.getClass().getSimpleName();
                        }
                        if (!failing) {
                            writes.add(new Event(System.currentTimeMillis(), "client " + client + " fails: " + outcome));
                            failing = true;
                        }
                        sleep(200);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread prober = new Thread(() -> {
            String last = null;
            while (System.currentTimeMillis() < end) {
                String now;
                try {
                    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(server + "/health/ready"))
                            .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    now = answer.statusCode() + (answer.statusCode() == 200 ? " UP" : answer.body().contains("\"DOWN\"") ? " DOWN" : "");
                } catch (Exception e) {
                    now = "no answer (" + e.getClass().getSimpleName() + ")";
                }
                if (!now.equals(last)) {
                    health.add(new Event(System.currentTimeMillis(), "/health/ready: " + now));
                    last = now;
                }
                sleep(250);
            }
        });
        prober.start();
        for (Thread thread : threads) {
            thread.join();
        }
        prober.join();

        Set<String> rows = new HashSet<>();
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]);
             PreparedStatement query = db.prepareStatement("SELECT id FROM consultation WHERE summary LIKE ?")) {
            query.setString(1, marker + " %");
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(rows);
        List<Event> timeline = new ArrayList<>(writes);
        timeline.addAll(health);
        Path events = run.resolve("events");
        if (Files.exists(events)) {
            for (String line : Files.readAllLines(events)) {
                int space = line.indexOf(' ');
                timeline.add(new Event(Long.parseLong(line.substring(0, space)), "** " + line.substring(space + 1)));
            }
        }
        timeline.sort((a, b) -> Long.compare(a.at(), b.at()));
        System.out.println("timeline (seconds from the start):");
        for (Event e : timeline) {
            System.out.printf("  %7.2f  %s%n", (e.at() - start) / 1000.0, e.what());
        }
        for (Event e : timeline) {
            if (e.what().startsWith("** restarted") || e.what().startsWith("** started")) {
                Event back = timeline.stream().filter(w -> w.at() >= e.at() && w.what().endsWith("writes again"))
                        .findFirst().orElse(null);
                Event healthy = timeline.stream().filter(w -> w.at() >= e.at() && w.what().endsWith("200 UP"))
                        .findFirst().orElse(null);
                System.out.printf("after '%s': writes answered again %s, health UP again %s%n", e.what().substring(3),
                        back == null ? "(already writing)" : String.format("%.2f s later", (back.at() - e.at()) / 1000.0),
                        healthy == null ? "(never seen)" : String.format("%.2f s later", (healthy.at() - e.at()) / 1000.0));
            }
        }
        List<Long> answers = new ArrayList<>(answeredAt);
        Collections.sort(answers);
        long gap = 0;
        long gapEnd = start;
        for (int i = 1; i < answers.size(); i++) {
            if (answers.get(i) - answers.get(i - 1) > gap) {
                gap = answers.get(i) - answers.get(i - 1);
                gapEnd = answers.get(i);
            }
        }
        System.out.printf("time without answers: the longest time no write was acknowledged %.2f s (ending at %.2f s);"
                + " the longest a write waited for its answer %.2f s%n", gap / 1000.0, (gapEnd - start) / 1000.0,
                longestWrite.get() / 1000.0);
        System.out.printf("acknowledged writes %d, rows found %d, acknowledged but lost %d, committed but not acknowledged %d%n",
                acknowledged.size(), rows.size(), lost.size(), rows.size() - (acknowledged.size() - lost.size()));
        if (!lost.isEmpty()) {
            System.out.println("LOST: " + lost);
            System.exit(1);
        }
    }

    private static String signIn(String base) throws Exception {
        HttpResponse<String> signed = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/demo/sign-in"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"tenant\":\"nishi\",\"role\":\"centre-staff\"}")).build(), HttpResponse.BodyHandlers.ofString());
        return signed.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 5; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
