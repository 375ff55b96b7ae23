package jp.kyodonet.bench;

import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * How long a notification takes from the commit of what causes it to the mail server having the mail, against the
 * floor of sending the same mail straight to the same SMTP server from here (one Transport.send per mail).
 *
 * <p>Each round: ward A's staff opens a consultation and refers it to ward B; the referral's response is the commit
 * (the client's clock when the response arrived); the mail is delivered when its outbox row has {@code sent_at} (the
 * server's clock, the same machine; the sender marks it right after the SMTP server accepted it). Rounds run one
 * after the other at a steady pace ({@code --rate} per second), so the sender is measured, not a queue of our making.
 * {@code --outage S}: the demo's mail server is stopped for S seconds in the middle (bin/kyodo's mail server) and the
 * outbox's counts are printed every second; then every mail must be delivered once.
 */
final class MailDelay {

    interface Tokens {
        String token(String centre, String role) throws Exception;
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MailDelay() {
    }

    static void run(String base, String url, String user, String password, Tokens tokens, String[] args) throws Exception {
        int rounds = Integer.parseInt(option(args, "--rounds", "200"));
        double rate = Double.parseDouble(option(args, "--rate", "5"));
        int outage = Integer.parseInt(option(args, "--outage", "0"));
        String smtpHost = System.getenv().getOrDefault("KYODO_BENCH_SMTP_HOST", "127.0.0.1");
        int smtpPort = Integer.parseInt(System.getenv().getOrDefault("KYODO_BENCH_SMTP_PORT", "8025"));
        String from = "nishi";
        String to = "minami";
        String sender = tokens.token(from, "centre-staff");
        String receiver = tokens.token(to, "centre-staff");
        // the receiving person signs in and chooses mail at once
        expect(200, send("GET", base + "/api/v1/me", receiver, null));
        expect(200, send("PUT", base + "/api/v1/me/notifications", receiver, "{\"delivery\":\"IMMEDIATE\",\"language\":\"ja\"}"));
        String address = Json.createReader(new StringReader(send("GET", base + "/api/v1/me/notifications", receiver, null).body()))
                .readObject().getString("email");

        // the floor: the same kind of mail straight to the SMTP server
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", smtpHost);
        p.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        Session session = Session.getInstance(p);
        List<Double> direct = new ArrayList<>();
        for (int i = 0; i < Math.min(rounds, 200); i++) {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress("bench@kyodo.example.jp"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
            m.setSubject("【協働ネットワーク】ベンチマーク " + i, "UTF-8");
            m.setText("直接送信の基準値 " + i, "UTF-8");
            long started = System.nanoTime();
            Transport.send(m);
            direct.add((System.nanoTime() - started) / 1e6);
        }

        List<Double> delays = new ArrayList<>();
        List<Double> queued = new ArrayList<>();
        List<String> referrals = new ArrayList<>();
        List<Instant> committed = new ArrayList<>();
        long pauseNanos = (long) (1e9 / rate);
        Thread outageThread = null;
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                if (outage > 0 && i == rounds / 4) {
                    outageThread = outage(outage, db);
                }
                String consultation = id(expect(201, send("POST", base + "/api/v1/consultations", sender,
                        "{\"receivedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(1)
                                + "\",\"channel\":\"COUNTER\",\"requesterKind\":\"CIVIC_GROUP\",\"requesterName\":\"ベンチ 太郎\","
                                + "\"track\":\"CIVIC_ACTIVITY\",\"topics\":[\"ACCOUNTING\"],\"summary\":\"メール遅延の測定 " + i + "\"}")));
                HttpResponse<String> referred = expect(201, send("POST", base + "/api/v1/consultations/" + consultation
                        + "/referrals", sender, "{\"toCentre\":\"" + to + "\",\"summary\":\"測定\",\"contactConsent\":false}"));
                committed.add(Instant.now());
                referrals.add(id(referred));
                long rest = pauseNanos - (System.nanoTime() - started);
                if (rest > 0) {
                    Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
                }
            }
            if (outageThread != null) {
                outageThread.join();
            }
            // wait for every mail (at most two minutes after the last round)
            long deadline = System.currentTimeMillis() + 120_000;
            try (PreparedStatement sent = db.prepareStatement("SELECT sent_at, created_at, attempts FROM mail_outbox"
                    + " WHERE recipient = ? AND kind = 'REFERRAL_RECEIVED' AND body LIKE ?")) {
                int duplicates = 0;
                int retried = 0;
                for (int i = 0; i < referrals.size(); i++) {
                    while (true) {
                        sent.setString(1, address);
                        sent.setString(2, "%" + referrals.get(i) + "%");
                        List<Timestamp[]> rows = new ArrayList<>();
                        int attempts = 0;
                        try (ResultSet r = sent.executeQuery()) {
                            while (r.next()) {
                                rows.add(new Timestamp[] {r.getTimestamp(1), r.getTimestamp(2)});
                                attempts = Math.max(attempts, r.getInt(3));
                            }
                        }
                        if (!rows.isEmpty() && rows.get(0)[0] != null) {
                            duplicates += rows.size() - 1;
                            retried += attempts > 1 ? 1 : 0;
                            Instant sentAt = utc(rows.get(0)[0]);
                            delays.add(Math.max(0, sentAt.toEpochMilli() - committed.get(i).toEpochMilli()) * 1.0);
                            queued.add((sentAt.toEpochMilli() - utc(rows.get(0)[1]).toEpochMilli()) * 1.0);
                            break;
                        }
                        if (System.currentTimeMillis() > deadline) {
                            throw new IllegalStateException("the mail of referral " + referrals.get(i) + " was not sent");
                        }
                        Thread.sleep(50);
                    }
                }
                System.out.printf("mail: %d referrals from %s to %s at %.1f/s%s; %d mails, %d outbox rows more than one"
                                + " per referral, %d sent after a failed attempt%n", rounds, from, to, rate,
                        outage > 0 ? ", the mail server stopped for " + outage + " s after a quarter" : "", delays.size(),
                        duplicates, retried);
            }
        }
        print("SMTP direct (floor)", direct);
        print("commit -> mail server", delays);
        print("outbox row -> sent", queued);
    }

    /** Stops the demo's mail server for {@code seconds} in the background, printing the outbox's counts each second. */
    private static Thread outage(int seconds, Connection db) {
        Thread thread = new Thread(() -> {
            try {
                String kyodo = System.getProperty("kyodo.root", ".") + "/bin/kyodo";
                exec(kyodo, "demo-mail", "stop");
                for (int s = 0; s < seconds + 10; s++) {
                    if (s == seconds) {
                        exec(kyodo, "demo-mail", "start");
                    }
                    synchronized (db) {
                        try (var st = db.createStatement(); var r = st.executeQuery("SELECT SUM(sent_at IS NULL AND attempts = 0),"
                                + " SUM(sent_at IS NULL AND attempts > 0), SUM(sent_at IS NOT NULL) FROM mail_outbox")) {
                            r.next();
                            System.out.printf("  t=%2d s mail server %-4s outbox: waiting %d, retrying %d, sent %d%n", s,
                                    s < seconds ? "down" : "up", r.getLong(1), r.getLong(2), r.getLong(3));
                        }
                    }
                    Thread.sleep(1000);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        return thread;
    }

    private static void exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static Instant utc(Timestamp t) {
        return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%-24s n=%4d  p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms%n", what, sorted.size(),
                at(sorted, 0.5), at(sorted, 0.95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 5; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + ": " + response.statusCode()
                    + " " + response.body());
        }
        return response;
    }

    private static String id(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject().getString("id");
    }
}
