package jp.kyodonet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed request rate for a fixed time (open loop: a request is started every 1/rate seconds whether or not the
 * earlier ones are answered), a centre's day of work in turn: its consultation list, a consultation read, a new
 * consultation, the room list, the dashboard, and HQ's city view. Prints each minute's requests, errors and
 * p50/p99, and exits 1 on any error. bench/soak.sh samples the server's heap after GC meanwhile.
 *
 * <pre>Soak BASE-URL [--minutes 10] [--rate 20]</pre>
 */
public final class Soak {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int minutes = Integer.parseInt(option(args, "--minutes", "10"));
        int rate = Integer.parseInt(option(args, "--rate", "20"));
        List<String> centres = List.of("city", "nishi", "totsuka", "midori");
        List<String> staff = new ArrayList<>();
        for (String centre : centres) {
            staff.add(signIn(base, centre, "centre-staff"));
        }
        String hq = signIn(base, "city", "hq-analyst");
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < centres.size(); c++) {
            HttpResponse<String> made = send(base, "POST", "/consultations", staff.get(c), body("ソーク試験 初回"));
            ids.add(made.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
        }
        AtomicLong errors = new AtomicLong();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        System.out.printf("soak: %d req/s for %d min, open loop%n", rate, minutes);
        for (int minute = 0; minute < minutes; minute++) {
            List<CompletableFuture<Long>> inFlight = new ArrayList<>();
            long minuteErrors = errors.get();
            for (long n = (long) minute * 60 * rate; n < (long) (minute + 1) * 60 * rate; n++) {
                long due = start + n * periodNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int c = (int) (n % centres.size());
                String token = staff.get(c);
                HttpRequest request = switch ((int) (n / centres.size() % 6)) {
                    case 0 -> request(base, "GET", "/consultations?size=50", token, null);
                    case 1 -> request(base, "GET", "/consultations/" + ids.get(c), token, null);
                    case 2 -> request(base, "POST", "/consultations", token, body("ソーク試験 " + n));
                    case 3 -> request(base, "GET", "/spaces", token, null);
                    case 4 -> request(base, "GET", "/kpi/dashboard", token, null);
                    default -> request(base, "GET", "/kpi/city?code=consultations.received", hq, null);
                };
                long sent = System.nanoTime();
                inFlight.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((answer, failure) -> {
                    if (failure != null || answer.statusCode() >= 400) {
                        if (errors.incrementAndGet() <= 20) {
                            System.out.println("error: " + request.method() + " " + request.uri() + " "
                                    + (failure != null ? failure : answer.statusCode() + " " + answer.body()));
                        }
                    }
                    return System.nanoTime() - sent;
                }));
            }
            long[] nanos = inFlight.stream().mapToLong(CompletableFuture::join).sorted().toArray();
            System.out.printf("minute %2d: %5d requests, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", minute + 1,
                    nanos.length, errors.get() - minuteErrors, nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6, Arrays.stream(nanos).max().orElse(0) / 1e6);
        }
        System.out.printf("soak done: %d errors%n", errors.get());
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    private static String body(String summary) {
        return "{\"receivedOn\":\"" + LocalDate.now() + "\",\"channel\":\"PHONE\",\"requesterKind\":\"CITIZEN\","
                + "\"requesterName\":\"ソーク 試験\",\"track\":\"CIVIC_ACTIVITY\",\"topics\":[\"ACCOUNTING\"],\"summary\":\""
                + summary + "\"}";
    }

    private static HttpRequest request(String base, String method, String path, String token, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(String base, String method, String path, String token, String body) throws Exception {
        return HTTP.send(request(base, method, path, token, body), HttpResponse.BodyHandlers.ofString());
    }

    /** A demo token of {@code role} at {@code centre} (the benchmarks' sign-in). */
    static String signIn(String base, String centre, String role) throws Exception {
        HttpResponse<String> signed = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/demo/sign-in"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"tenant\":\"" + centre + "\",\"role\":\"" + role + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        return signed.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
