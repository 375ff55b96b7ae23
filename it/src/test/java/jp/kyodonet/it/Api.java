package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small HTTP client for the API under test. */
public final class Api {

    public static final String BASE = System.getProperty("kyodo.it.base-url", "http://127.0.0.1:28080/kyodo");
    public static final String SERVER = System.getProperty("kyodo.it.server-url", "http://127.0.0.1:28080");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** An answer: status, headers and the body (parsed as JSON when it is JSON). */
    public record Reply(int status, HttpResponse<String> raw) {

        public String body() {
            return raw.body();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.readArray();
            }
        }

        /** The fields named by a problem's {@code errors}. */
        public List<String> problemFields() {
            List<String> fields = new ArrayList<>();
            JsonObject problem = json();
            if (problem.containsKey("errors")) {
                problem.getJsonArray("errors").forEach(e -> fields.add(e.asJsonObject().getString("field")));
            }
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    /** A request as an endpoint table entry would send it: what the body fuzzer replays with other bodies. */
    public record Captured(String method, String path, String token, String contentType, byte[] body,
                           List<String> headers) {
    }

    private static final ThreadLocal<List<Captured>> CAPTURE = new ThreadLocal<>();

    /** Runs {@code calls} without sending anything: returns the requests they would have sent. */
    public static List<Captured> capture(Runnable calls) {
        List<Captured> captured = new ArrayList<>();
        CAPTURE.set(captured);
        try {
            calls.run();
        } finally {
            CAPTURE.remove();
        }
        return captured;
    }

    private static boolean captured(String method, String path, String token, String contentType, byte[] body,
                                    String... headers) {
        List<Captured> sink = CAPTURE.get();
        if (sink == null) {
            return false;
        }
        sink.add(new Captured(method, path, token, contentType, body, List.of(headers)));
        return true;
    }

    /** Sends bytes as they are (invalid UTF-8 included) with the given method, content type and headers. */
    public static Reply sendBytes(String method, String path, String token, String contentType, byte[] body,
                                  List<String> headers) {
        HttpRequest.Builder builder = withHeaders(request(path, token), headers.toArray(String[]::new));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public static Reply get(String path, String token) {
        if (captured("GET", path, token, null, null)) {
            return new Reply(0, null);
        }
        return send(request(path, token).GET().build());
    }

    public static Reply post(String path, String token, String json, String... headers) {
        if (captured("POST", path, token, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers)) {
            return new Reply(0, null);
        }
        return send(withHeaders(request(path, token), headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static Reply put(String path, String token, String json, String... headers) {
        if (captured("PUT", path, token, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers)) {
            return new Reply(0, null);
        }
        return send(withHeaders(request(path, token), headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static Reply delete(String path, String token, String... headers) {
        if (captured("DELETE", path, token, null, null, headers)) {
            return new Reply(0, null);
        }
        return send(withHeaders(request(path, token), headers).DELETE().build());
    }

    /** Any request, for content-type and method tests. */
    public static Reply send(String method, String path, String token, String contentType, String body, String... headers) {
        if (captured(method, path, token, contentType,
                body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers)) {
            return new Reply(0, null);
        }
        HttpRequest.Builder builder = withHeaders(request(path, token), headers);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A POST of raw bytes (an uploaded file) with its content type. */
    public static Reply postBytes(String path, String token, String contentType, byte[] body) {
        if (captured("POST", path, token, contentType, body)) {
            return new Reply(0, null);
        }
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A GET whose answer is binary (a PDF, an image): status and bytes. */
    public static byte[] getBytes(String path, String token, int expectedStatus) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request(path, token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + new String(response.body(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Reply getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /**
     * Asks again until the answer satisfies {@code ready}, for at most {@code limit}: for what the server
     * builds in the background after deployment (the OpenAPI document). Returns the last answer.
     */
    public static <T> T eventually(java.util.function.Supplier<T> ask, java.util.function.Predicate<T> ready,
                                   Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        T reply = ask.get();
        while (!ready.test(reply) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return reply;
            }
            reply = ask.get();
        }
        return reply;
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
