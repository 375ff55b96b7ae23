package jp.kyodonet.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One scenario, run against the API (the deployed EAR on loopback) and against a raw-JDBC baseline that runs the
 * same SQL the API needs for it, in one run, with the same number of clients in a closed loop; prints throughput and
 * p50/p95/p99 of both and their ratios.
 *
 * <pre>
 * Load BASE-URL JDBC-URL USER PASSWORD SCENARIO [--seconds 20] [--warm-up 5] [--clients 4] [--fiscal-year 2024]
 * SCENARIO: list | read | book | rollup | all
 * </pre>
 * Scenarios: list = a centre's consultation list, first page of 50 of a fiscal year (the centres in turn); read =
 * one consultation in full (its read audit-logged); book = a centre-internal booking of a room (a free hour each
 * time, far in the future); rollup = HQ's city view of one indicator (19 or 1,900 centres, five fiscal years).
 * Needs the generated records (Generate) and the demo sign-in ({@code bin/kyodo run}).
 */
public final class Load {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One request of a scenario by client {@code client}, its {@code n}-th; throws when the answer is wrong. */
    interface Call {
        void run(int client, long n) throws Exception;
    }

    record Figures(String side, long requests, double seconds, long[] nanos) {
        double throughput() {
            return requests / seconds;
        }

        double percentile(double p) {
            return nanos[(int) Math.min(nanos.length - 1, Math.round(p * (nanos.length - 1)))] / 1e6;
        }
    }

    private final String base;
    private final String url;
    private final String user;
    private final String password;
    private final int clients;
    /** The centres of the bundled city (HQ's city view reads theirs). */
    private final List<String> yokohama = jp.kyodonet.tenants.TenantCatalogue.loadBundled().all().stream()
            .map(t -> t.id().value()).toList();
    private final int seconds;
    private final int warmUp;
    private final int fiscalYear;
    private final List<String> centres = new ArrayList<>();
    private final Map<String, String> tokens = new HashMap<>();

    private Load(String[] args) {
        base = args[0];
        // the driver settings the server's pool uses (bin/kyodo), so that the baseline's driver works as the API's does
        url = args[1] + (args[1].contains("?") ? "&" : "?")
                + "cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&useLocalSessionState=true";
        user = args[2];
        password = args[3];
        clients = Integer.parseInt(option(args, "--clients", "4"));
        seconds = Integer.parseInt(option(args, "--seconds", "20"));
        warmUp = Integer.parseInt(option(args, "--warm-up", "5"));
        fiscalYear = Integer.parseInt(option(args, "--fiscal-year", "2024"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: Load BASE-URL JDBC-URL USER PASSWORD list|read|book|rollup|all [--seconds 20]"
                    + " [--warm-up 5] [--clients 4] [--fiscal-year 2024]");
            System.exit(2);
        }
        Load load = new Load(args);
        load.prepare();
        if ("mail".equals(args[4])) {
            MailDelay.run(load.base, load.url, load.user, load.password, load::token, args);
            return;
        }
        List<String> scenarios = "all".equals(args[4]) ? List.of("list", "read", "book", "rollup", "inbox") : List.of(args[4]);
        System.out.printf("%-8s %-5s %9s %9s %9s %9s   (%d clients, %d s after %d s warm-up, %d centres, FY%d)%n",
                "scenario", "side", "req/s", "p50 ms", "p95 ms", "p99 ms", load.clients, load.seconds, load.warmUp,
                load.centres.size(), load.fiscalYear);
        for (String scenario : scenarios) {
            load.scenario(scenario);
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

    private void prepare() throws Exception {
        for (JsonValue tenant : array(get("/tenants", null).body())) {
            centres.add(tenant.asJsonObject().getString("id"));
        }
    }

    private String token(String centre, String role) throws Exception {
        String key = centre + "/" + role;
        String token = tokens.get(key);
        if (token == null) {
            HttpResponse<String> signed = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/demo/sign-in"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"tenant\":\"" + centre + "\",\"role\":\"" + role + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signed.statusCode() != 200) {
                throw new IllegalStateException("demo sign-in for " + key + ": " + signed.statusCode() + " " + signed.body());
            }
            token = object(signed.body()).getString("token");
            tokens.put(key, token);
        }
        return token;
    }

    private void scenario(String name) throws Exception {
        Call api;
        Call jdbc;
        Connection[] connections = new Connection[clients];
        for (int c = 0; c < clients; c++) {
            connections[c] = DriverManager.getConnection(url, user, password);
        }
        List<String> staff = new ArrayList<>();
        for (String centre : centres.subList(0, Math.min(centres.size(), 200))) {
            staff.add(token(centre, "centre-staff"));
        }
        switch (name) {
            case "list" -> {
                api = (c, n) -> expect(200, get("/consultations?fiscalYear=" + fiscalYear + "&size=50",
                        staff.get((int) (n % staff.size()))));
                jdbc = (c, n) -> listSql(connections[c], centres.get((int) (n % staff.size())));
            }
            case "read" -> {
                List<String[]> ids = generated(connections[0], "consultation", staff.size());
                api = (c, n) -> {
                    String[] pick = ids.get((int) ((n * 7919) % ids.size()));
                    expect(200, get("/consultations/" + pick[1], staff.get(Integer.parseInt(pick[2]))));
                };
                jdbc = (c, n) -> readSql(connections[c], ids.get((int) ((n * 7919) % ids.size())));
            }
            case "book" -> {
                List<String[]> spaces = generated(connections[0], "space", staff.size());
                AtomicLong slot = new AtomicLong();
                api = (c, n) -> {
                    long k = slot.getAndIncrement();
                    String[] space = spaces.get((int) (k % spaces.size()));
                    long position = k / spaces.size();
                    String body = "{\"spaceId\":\"" + space[1] + "\",\"bookerKind\":\"CENTRE_INTERNAL\",\"bookerName\":"
                            + "\"ベンチ講座\",\"purpose\":\"EVENT_SEMINAR\",\"date\":\"" + day(position) + "\",\"start\":\""
                            + String.format("%02d:00", hour(position)) + "\",\"end\":\"" + String.format("%02d:00", hour(position) + 1)
                            + "\",\"headcount\":10}";
                    expect(201, post("/bookings", staff.get(Integer.parseInt(space[2])), body));
                };
                jdbc = (c, n) -> {
                    long k = slot.getAndIncrement();
                    String[] space = spaces.get((int) (k % spaces.size()));
                    bookSql(connections[c], space, day(k / spaces.size()), hour(k / spaces.size()));
                };
            }
            case "inbox" -> {
                // a person of each centre with the centre's whole record (ten years by default): their inbox
                List<String> subjects = new ArrayList<>();
                for (String centre : centres.subList(0, staff.size())) {
                    subjects.add(subjectOf(staff.get(subjects.size())));
                }
                api = (c, n) -> expect(200, get("/inbox", staff.get((int) (n % staff.size()))));
                jdbc = (c, n) -> inboxSql(connections[c], centres.get((int) (n % staff.size())),
                        subjects.get((int) (n % staff.size())));
            }
            case "rollup" -> {
                String hq = token("city", "hq-analyst");
                List<String> codes = sumIndicators();
                api = (c, n) -> expect(200, get("/kpi/city?code=" + codes.get((int) (n % codes.size())) + "&fiscalYear="
                        + fiscalYear, hq));
                jdbc = (c, n) -> rollupSql(connections[c], codes.get((int) (n % codes.size())));
            }
            default -> throw new IllegalArgumentException("unknown scenario " + name);
        }
        FactLag lag = "book".equals(name) ? new FactLag(token("city", "hq-analyst")) : null;
        Figures viaApi = run("API", api);
        if (lag != null) {
            lag.report();
        }
        Figures viaJdbc = run("JDBC", jdbc);
        List<Figures> sides = new ArrayList<>(List.of(viaApi, viaJdbc));
        if ("rollup".equals(name)) {
            List<String> codes = sumIndicators();
            sides.add(run("OLD", (c, n) -> rollupEveryCentreSql(connections[c], codes.get((int) (n % codes.size())))));
        }
        for (Figures f : sides) {
            System.out.printf("%-8s %-5s %9.1f %9.2f %9.2f %9.2f%n", name, f.side(), f.throughput(), f.percentile(0.50),
                    f.percentile(0.95), f.percentile(0.99));
        }
        System.out.printf("%-8s ratio API/JDBC: throughput %.2f, p50 %.2fx, p95 %.2fx, p99 %.2fx%n", name,
                viaApi.throughput() / viaJdbc.throughput(), viaApi.percentile(0.5) / viaJdbc.percentile(0.5),
                viaApi.percentile(0.95) / viaJdbc.percentile(0.95), viaApi.percentile(0.99) / viaJdbc.percentile(0.99));
        if ("book".equals(name)) {
            try (var statement = connections[0].createStatement()) {
                statement.executeUpdate("DELETE FROM booking_slot WHERE space_id LIKE '" + Generate.PREFIX + "%' AND slot_start >= '"
                        + LocalDate.now().plusYears(9) + "'");
                statement.executeUpdate("DELETE FROM booking WHERE space_id LIKE '" + Generate.PREFIX + "%' AND booking_date >= '"
                        + LocalDate.now().plusYears(9) + "'");
            }
        }
        for (Connection connection : connections) {
            connection.close();
        }
    }

    /** Far-future days (9 years ahead, inside the 10-year booking window) and hours so that no two booking requests of a run ask for the same room and hour. */
    private static LocalDate day(long position) {
        return LocalDate.now().plusYears(9).plusDays(position / 12);
    }

    private static int hour(long position) {
        return 9 + (int) (position % 12);
    }

    private Figures run(String side, Call call) throws Exception {
        long warmUntil = System.nanoTime() + warmUp * 1_000_000_000L;
        long endAt = warmUntil + seconds * 1_000_000_000L;
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        AtomicLong sequence = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[] samples = new long[2_000_000];
            perClient.add(samples);
            Thread thread = new Thread(() -> {
                int count = 0;
                try {
                    while (true) {
                        long started = System.nanoTime();
                        if (started >= endAt) {
                            break;
                        }
                        call.run(client, sequence.getAndIncrement());
                        if (started >= warmUntil && count < samples.length) {
                            samples[count++] = System.nanoTime() - started;
                        }
                    }
                } catch (Throwable e) {
                    failure[0] = e;
                }
                samples[samples.length - 1] = count;
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure[0] != null) {
            throw new IllegalStateException(side + " failed: " + failure[0], failure[0]);
        }
        int total = perClient.stream().mapToInt(s -> (int) s[s.length - 1]).sum();
        long[] all = new long[total];
        int at = 0;
        for (long[] s : perClient) {
            int count = (int) s[s.length - 1];
            System.arraycopy(s, 0, all, at, count);
            at += count;
        }
        Arrays.sort(all);
        return new Figures(side, total, seconds, all);
    }

    // ---- the raw-JDBC baseline: the statements the API runs for each scenario ----

    private static final String COLUMNS = "tenant_id, id, version, received_on, fiscal_year, channel, requester_kind,"
            + " requester_name, requester_contact, track, organisation_stage, topics, summary, status, assignee_subject,"
            + " assignee_name, experts, city_divisions, next_action_on, first_response_at, outcome, closed_on, closed_at,"
            + " closing_note, submission_key, referral_id, created_at, created_by, updated_at, updated_by";

    private void listSql(Connection db, String centre) throws SQLException {
        try (PreparedStatement page = db.prepareStatement("SELECT " + COLUMNS + " FROM consultation WHERE fiscal_year = ?"
                + " AND tenant_id = ? ORDER BY received_on DESC, created_at DESC, id LIMIT 0, 50");
             PreparedStatement count = db.prepareStatement("SELECT COUNT(id) FROM consultation WHERE fiscal_year = ?"
                     + " AND tenant_id = ?")) {
            page.setInt(1, fiscalYear);
            page.setString(2, centre);
            drain(page.executeQuery());
            count.setInt(1, fiscalYear);
            count.setString(2, centre);
            drain(count.executeQuery());
        }
    }

    /** What GET /inbox asks the database for a centre's person (their own and their centre's waiting work). */
    private static void inboxSql(Connection db, String centre, String subject) throws SQLException {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        try (PreparedStatement consultations = db.prepareStatement("SELECT id, summary, received_on, assignee_subject,"
                + " next_action_on, status FROM consultation WHERE status <> 'CLOSED' AND (assignee_subject = ?"
                + " OR (next_action_on IS NOT NULL AND next_action_on <= ?)) AND tenant_id = ?");
             PreparedStatement referrals = db.prepareStatement("SELECT id, summary, sent_at, from_tenant FROM referral"
                     + " WHERE to_tenant = ? AND status = 'SENT'");
             PreparedStatement bookings = db.prepareStatement("SELECT b.id, s.name, b.booking_date, b.start_time,"
                     + " b.created_at FROM booking b, space s WHERE s.id = b.space_id AND b.status = 'REQUESTED'"
                     + " AND b.booking_date >= ? AND b.tenant_id = ? AND s.tenant_id = ?");
             PreparedStatement renewals = db.prepareStatement("SELECT id, name, expires_on FROM organisation"
                     + " WHERE status = 'REGISTERED' AND expires_on < ? AND tenant_id = ?");
             PreparedStatement actions = db.prepareStatement("SELECT a.id, a.title, a.due_on, m.meeting_date"
                     + " FROM net_action_item a, net_meeting m WHERE m.id = a.meeting_id AND a.assignee_tenant = ?"
                     + " AND a.status <> 'DONE'");
             PreparedStatement sheets = db.prepareStatement("SELECT e.id, p.name, e.fiscal_year, e.updated_at"
                     + " FROM collab_evaluation e, collab_contract c, collab_project p WHERE c.id = e.contract_id"
                     + " AND p.id = e.project_id AND e.owner_tenant = ? AND c.centre_is_partner = TRUE"
                     + " AND e.status = 'DRAFT' AND e.partner_submitted_at IS NULL")) {
            consultations.setString(1, subject);
            consultations.setObject(2, today);
            consultations.setString(3, centre);
            drain(consultations.executeQuery());
            referrals.setString(1, centre);
            drain(referrals.executeQuery());
            bookings.setObject(1, today);
            bookings.setString(2, centre);
            bookings.setString(3, centre);
            drain(bookings.executeQuery());
            renewals.setObject(1, yearStart);
            renewals.setString(2, centre);
            drain(renewals.executeQuery());
            actions.setString(1, centre);
            drain(actions.executeQuery());
            sheets.setString(1, centre);
            drain(sheets.executeQuery());
        }
    }

    private static void readSql(Connection db, String[] consultation) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement read = db.prepareStatement("SELECT " + COLUMNS + " FROM consultation WHERE id = ?"
                + " AND tenant_id = ?");
             PreparedStatement audit = db.prepareStatement("INSERT INTO audit_entry (tenant_id, id, version, occurred_at,"
                     + " actor, action, record_type, record_id) VALUES (?,?,1,?,?,'READ_PERSONAL_DATA','consultation',?)")) {
            read.setString(1, consultation[1]);
            read.setString(2, consultation[0]);
            drain(read.executeQuery());
            audit.setString(1, consultation[0]);
            audit.setString(2, Generate.PREFIX + UUID.randomUUID().toString().substring(9));
            audit.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            audit.setString(4, "bench-jdbc");
            audit.setString(5, consultation[1]);
            audit.executeUpdate();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static void bookSql(Connection db, String[] space, LocalDate date, int hour) throws SQLException {
        db.setAutoCommit(false);
        String booking = Generate.PREFIX + UUID.randomUUID().toString().substring(9);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement find = db.prepareStatement("SELECT * FROM space WHERE id = ? AND tenant_id = ?");
             PreparedStatement taken = db.prepareStatement("SELECT slot_start FROM booking_slot WHERE space_id = ?"
                     + " AND slot_start IN (?, ?) AND tenant_id = ?");
             PreparedStatement insert = db.prepareStatement("INSERT INTO booking (tenant_id, id, version, space_id,"
                     + " booker_kind, booker_name, purpose, booking_date, start_time, end_time, headcount, status,"
                     + " created_at, created_by, updated_at, updated_by) VALUES (?,?,1,?,'CENTRE_INTERNAL','ベンチ講座',"
                     + " 'EVENT_SEMINAR',?,?,?,10,'CONFIRMED',?,'bench-jdbc',?,'bench-jdbc')");
             PreparedStatement slot = db.prepareStatement("INSERT INTO booking_slot (tenant_id, id, version, booking_id,"
                     + " space_id, slot_start) VALUES (?,?,1,?,?,?)");
             PreparedStatement audit = db.prepareStatement("INSERT INTO audit_entry (tenant_id, id, version, occurred_at,"
                     + " actor, action, record_type, record_id) VALUES (?,?,1,?,'bench-jdbc','CREATE','booking',?)")) {
            find.setString(1, space[1]);
            find.setString(2, space[0]);
            drain(find.executeQuery());
            Timestamp first = Timestamp.valueOf(date.atTime(hour, 0));
            Timestamp second = Timestamp.valueOf(date.atTime(hour, 30));
            taken.setString(1, space[1]);
            taken.setTimestamp(2, first);
            taken.setTimestamp(3, second);
            taken.setString(4, space[0]);
            drain(taken.executeQuery());
            insert.setString(1, space[0]);
            insert.setString(2, booking);
            insert.setString(3, space[1]);
            insert.setObject(4, date);
            insert.setString(5, hour + ":00");
            insert.setString(6, (hour + 1) + ":00");
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.executeUpdate();
            for (Timestamp start : List.of(first, second)) {
                slot.setString(1, space[0]);
                slot.setString(2, Generate.PREFIX + UUID.randomUUID().toString().substring(9));
                slot.setString(3, booking);
                slot.setString(4, space[1]);
                slot.setTimestamp(5, start);
                slot.executeUpdate();
            }
            audit.setString(1, space[0]);
            audit.setString(2, Generate.PREFIX + UUID.randomUUID().toString().substring(9));
            audit.setTimestamp(3, now);
            audit.setString(4, booking);
            audit.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /**
     * The SQL of HQ's city view as the API reads it: the rows of the city's 19 centres for this fiscal year and the
     * last, the city's totals of five years (kpi_city_fact), the targets.
     */
    private void rollupSql(Connection db, String code) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (int n = 0; n < yokohama.size(); n++) {
            in.append(n == 0 ? "?" : ", ?");
        }
        try (PreparedStatement facts = db.prepareStatement("SELECT tenant_id, fiscal_year, month, code, dim, value FROM kpi_fact"
                + " WHERE fiscal_year BETWEEN ? AND ? AND tenant_id IN (" + in + ") AND code IN (?)");
             PreparedStatement totals = db.prepareStatement("SELECT fiscal_year, month, code, dim, value FROM kpi_city_fact"
                     + " WHERE city = 'yokohama' AND fiscal_year BETWEEN ? AND ? AND code IN (?)");
             PreparedStatement targets = db.prepareStatement("SELECT id, version, tenant, fiscal_year, code, target_value, set_by, set_at FROM kpi_target"
                     + " WHERE fiscal_year = ? AND code = ?")) {
            facts.setInt(1, fiscalYear - 1);
            facts.setInt(2, fiscalYear);
            int p = 3;
            for (String tenant : yokohama) {
                facts.setString(p++, tenant);
            }
            facts.setString(p, code);
            drain(facts.executeQuery());
            totals.setInt(1, fiscalYear - 4);
            totals.setInt(2, fiscalYear);
            totals.setString(3, code);
            drain(totals.executeQuery());
            targets.setInt(1, fiscalYear);
            targets.setString(2, code);
            drain(targets.executeQuery());
        }
    }

    /** The read the city view made before the city totals (issue 18): every centre's months of five years. */
    private void rollupEveryCentreSql(Connection db, String code) throws SQLException {
        try (PreparedStatement facts = db.prepareStatement("SELECT tenant_id, fiscal_year, month, code, dim, value FROM kpi_fact"
                + " WHERE fiscal_year BETWEEN ? AND ? AND code IN (?)")) {
            facts.setInt(1, fiscalYear - 4);
            facts.setInt(2, fiscalYear);
            facts.setString(3, code);
            drain(facts.executeQuery());
        }
    }

    /**
     * How far the KPI facts are behind the writes while the API side runs: every 200 ms the age of the oldest change
     * mark not yet recomputed ({@code /kpi/facts/status}, oldestSeconds: the longest any committed write has waited
     * for its fact at that moment), then the time until the backlog is 0 once the writes stop.
     */
    private final class FactLag {
        private final List<Double> ages = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Thread sampler;
        private volatile boolean stop;
        private final String hq;

        FactLag(String hq) {
            this.hq = hq;
            sampler = new Thread(() -> {
                while (!stop) {
                    try {
                        ages.add(status().getJsonNumber("oldestSeconds").doubleValue());
                        Thread.sleep(200);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        private JsonObject status() throws Exception {
            return object(get("/kpi/facts/status", hq).body());
        }

        void report() throws Exception {
            stop = true;
            sampler.join();
            long ended = System.nanoTime();
            while (status().getInt("backlog") > 0) {
                Thread.sleep(100);
            }
            double drained = (System.nanoTime() - ended) / 1e9;
            List<Double> sorted = new ArrayList<>(ages);
            java.util.Collections.sort(sorted);
            double p50 = sorted.isEmpty() ? 0 : sorted.get((int) Math.round(0.5 * (sorted.size() - 1)));
            double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.round(0.95 * (sorted.size() - 1)));
            double max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
            System.out.printf("%-8s facts behind the writes (oldest mark's age, %d samples): p50 %.2f s, p95 %.2f s,"
                    + " max %.2f s; backlog 0 %.2f s after the writes stopped%n", "book", sorted.size(), p50, p95, max, drained);
        }
    }

    private static void drain(ResultSet rows) throws SQLException {
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    rows.getObject(c);
                }
            }
        }
    }

    // ---- what the scenarios work on ----

    /**
     * Generated records of one table (at most 200 per centre) of the first {@code count} centres:
     * {tenant, id, index of the centre's token}.
     */
    private List<String[]> generated(Connection db, String table, int count) throws SQLException {
        List<String[]> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM " + table + " WHERE tenant_id = ? AND id LIKE '"
                + Generate.PREFIX + "%' LIMIT 200")) {
            for (int c = 0; c < count; c++) {
                query.setString(1, centres.get(c));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(new String[] {centres.get(c), rows.getString(1), Integer.toString(c)});
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no generated " + table + " rows: run the generator first");
        }
        return ids;
    }

    private List<String> sumIndicators() throws Exception {
        List<String> codes = new ArrayList<>();
        for (JsonValue indicator : object(get("/kpi/catalogue", null).body()).getJsonArray("indicators")) {
            JsonObject i = indicator.asJsonObject();
            if ("SUM".equals(i.getString("aggregation")) && "MONTH".equals(i.getString("period", "MONTH"))) {
                codes.add(i.getString("code"));
            }
        }
        return codes;
    }

    // ---- HTTP ----

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + ": " + response.statusCode()
                    + " " + response.body());
        }
    }

    /** The subject inside a token (its payload's sub), without checking it: the bench made the token. */
    private static String subjectOf(String token) {
        String payload = token.split("\\.")[1];
        return object(new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8))
                .getString("sub");
    }

    private static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
