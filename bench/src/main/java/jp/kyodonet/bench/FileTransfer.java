package jp.kyodonet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Files through the API: {@code --clients} clients each upload a PDF of {@code --mb} MB to a consultation, download
 * it and compare the bytes, then remove it, for {@code --seconds}; beside it, the baseline of the same bytes written
 * and read as 256 KB chunks over JDBC in one transaction. Prints MB/s and p50/p99 per file for both. bench/files.sh
 * runs it for 1 MB and 9 MB files and samples the server's heap after a full GC meanwhile.
 *
 * <pre>FileTransfer BASE-URL DB-URL DB-USER DB-PASSWORD [--mb 9] [--clients 4] [--seconds 20] [--side both|api|jdbc]</pre>
 */
public final class FileTransfer {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int CHUNK = 256 * 1024;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int mb = Integer.parseInt(Soak.option(args, "--mb", "9"));
        int clients = Integer.parseInt(Soak.option(args, "--clients", "4"));
        int seconds = Integer.parseInt(Soak.option(args, "--seconds", "20"));
        String side = Soak.option(args, "--side", "both");
        String ops = Soak.option(args, "--ops", "both"); // up: upload and remove only; down: download one file again and again
        String[] kept = new String[clients];
        String token = Soak.signIn(base, "nishi", "centre-staff");
        HttpResponse<String> made = HTTP.send(request(base, "/consultations", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"receivedOn\":\"" + LocalDate.now() + "\",\"channel\":\"PHONE\",\"requesterKind\":\"CITIZEN\","
                                + "\"requesterName\":\"ベンチ 試験\",\"track\":\"CIVIC_ACTIVITY\",\"topics\":[\"ACCOUNTING\"],"
                                + "\"summary\":\"ファイルのベンチマーク\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String consultation = made.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        byte[][] files = new byte[clients][];
        for (int c = 0; c < clients; c++) {
            files[c] = pdf(mb * 1024 * 1024, c);
        }
        System.out.printf("files: %d clients, %d MB files, %d s each side%n", clients, mb, seconds);
        if (!side.equals("jdbc")) report("API (upload, download, compare, remove)", run(clients, seconds, c -> {
            byte[] file = files[c];
            if (ops.equals("down") && kept[c] != null) {
                HttpResponse<byte[]> again = HTTP.send(request(base, kept[c], token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (again.statusCode() != 200 || again.body().length != file.length) {
                    throw new IllegalStateException("download: " + again.statusCode());
                }
                return;
            }
            HttpResponse<String> added = HTTP.send(request(base, "/consultations/" + consultation + "/attachments?name=bench" + c + ".pdf", token)
                    .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (added.statusCode() != 201) {
                throw new IllegalStateException("upload: " + added.statusCode() + " " + added.body());
            }
            String id = added.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
            String path = "/consultations/" + consultation + "/attachments/" + id;
            if (ops.equals("down")) {
                kept[c] = path;
                return;
            }
            if (ops.equals("up")) {
                HTTP.send(request(base, path, token).DELETE().build(), HttpResponse.BodyHandlers.discarding());
                return;
            }
            HttpResponse<byte[]> back = HTTP.send(request(base, path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (back.statusCode() != 200 || !Arrays.equals(back.body(), file)) {
                throw new IllegalStateException("download: " + back.statusCode() + ", " + back.body().length + " bytes");
            }
            HTTP.send(request(base, path, token).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }), mb);
        for (String path : kept) { // the files the download-only run kept
            if (path != null) {
                HTTP.send(request(base, path, token).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }
        if (!side.equals("api")) report("JDBC baseline (the same chunks written, read, deleted)", run(clients, seconds, c -> {
            try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
                String id = UUID.randomUUID().toString();
                byte[] file = files[c];
                db.setAutoCommit(false);
                try (PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO record_attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)")) {
                    for (int seq = 0; seq * CHUNK < file.length; seq++) {
                        insert.setString(1, id);
                        insert.setInt(2, seq);
                        insert.setBytes(3, Arrays.copyOfRange(file, seq * CHUNK, Math.min(file.length, (seq + 1) * CHUNK)));
                        insert.executeUpdate();
                    }
                }
                db.commit();
                int read = 0;
                try (PreparedStatement select = db.prepareStatement(
                        "SELECT data FROM record_attachment_chunk WHERE attachment_id = ? AND seq = ?")) {
                    for (int seq = 0; ; seq++) {
                        select.setString(1, id);
                        select.setInt(2, seq);
                        try (ResultSet rows = select.executeQuery()) {
                            if (!rows.next()) {
                                break;
                            }
                            read += rows.getBytes(1).length;
                        }
                    }
                }
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM record_attachment_chunk WHERE attachment_id = ?")) {
                    delete.setString(1, id);
                    delete.executeUpdate();
                }
                db.commit();
                if (read != file.length) {
                    throw new IllegalStateException("read " + read + " of " + file.length);
                }
            }
        }), mb);
    }

    interface Round {
        void run(int client) throws Exception;
    }

    private static long[] run(int clients, int seconds, Round round) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                while (System.nanoTime() < until) {
                    long start = System.nanoTime();
                    round.run(client);
                    nanos.add(System.nanoTime() - start);
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new long[]{sorted.length, seconds, sorted[sorted.length / 2], sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))]};
    }

    private static void report(String what, long[] r, int mb) {
        System.out.printf("  %-55s %4d files, %6.1f MB/s each way, p50 %7.1f ms, p99 %7.1f ms%n", what, r[0],
                r[0] * mb / (double) r[1], r[2] / 1e6, r[3] / 1e6);
    }

    private static byte[] pdf(int size, int seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static HttpRequest.Builder request(String base, String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

}
