package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers given before a request's body is read (no or a forged token, a role that may not, a content type nobody
 * reads, a path that does not exist) reach a client that is still sending the body, over HTTP/2 on the plain
 * listener (h2c, what Java's HttpClient negotiates by default) as over HTTP/1.1. Before the server read such bodies to
 * their end, a body over the first 64 KiB flow-control window left the client waiting forever for the answer, and a
 * small body's last frame could arrive on a closed stream and fail the request with RST_STREAM (a CI run failed that
 * way in BadInputIT).
 */
@ExtendWith(ArquillianExtension.class)
class EarlyAnswerIT {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final String staff = Tokens.of("seya", "centre-staff");

    private record Case(String name, int status, String path, String token, String contentType) {
    }

    private List<Case> cases() {
        String anyId = UUID.randomUUID().toString();
        return List.of(
                new Case("no token", 401, "/consultations", null, "application/json"),
                new Case("forged token", 401, "/consultations", Tokens.signedByStranger("seya", "centre-staff"),
                        "application/json"),
                new Case("role that may not", 403, "/consultations/" + anyId + "/assignment", staff, "application/json"),
                new Case("content type nobody reads", 415, "/consultations", staff, "text/plain"),
                new Case("no such path", 404, "/no-such-things", staff, "application/json"));
    }

    @Test
    void earlyAnswersReachAClientStillSendingOverBothProtocols() throws Exception {
        for (HttpClient.Version version : List.of(HttpClient.Version.HTTP_2, HttpClient.Version.HTTP_1_1)) {
            HttpClient client = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(10)).build();
            for (int size : new int[] {100, 70_000, 300_000}) {
                for (Case c : cases()) {
                    HttpResponse<String> answer = send(client, c, size);
                    assertEquals(c.status, answer.statusCode(), () -> version + " " + c.name + " " + size + " B: " + answer.body());
                    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                            () -> c.name + ": " + answer.headers().map());
                    if (size == 300_000 && version == HttpClient.Version.HTTP_2) {
                        assertEquals(HttpClient.Version.HTTP_2, answer.version(),
                                "the plain listener negotiates h2c, which is what this test is about");
                    }
                }
            }
        }
    }

    @Test
    void manyEarlyAnswersOnSharedConnectionsFailNone() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Case> cases = cases();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    Case c = cases.get((seed + i) % cases.size());
                    int size = i % 3 == 0 ? 100_000 : 200;
                    try {
                        HttpResponse<String> answer = send(client, c, size);
                        if (answer.statusCode() != c.status) {
                            failures.merge(c.name + " answered " + answer.statusCode(), 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        failures.merge(c.name + ": " + e, 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(Map.of(), failures, "400 requests on 4 threads sharing the client's connections");
    }

    private static HttpResponse<String> send(HttpClient client, Case c, int size) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1" + c.path))
                .timeout(LIMIT).header("Content-Type", c.contentType)
                .POST(HttpRequest.BodyPublishers.ofString("{\"summary\":\"" + "x".repeat(size) + "\"}"));
        if (c.token != null) {
            request.header("Authorization", "Bearer " + c.token);
        }
        // the request's own timeout does not end a send stalled on flow control (JDK-8293786): bound it from outside
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .get(LIMIT.toSeconds() + 5, TimeUnit.SECONDS);
    }
}
