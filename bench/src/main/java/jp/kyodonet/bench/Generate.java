package jp.kyodonet.bench;

import jp.kyodonet.tenants.TenantCatalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Loads a realistic record mix per centre and fiscal year straight into the product's schema (the tables Flyway
 * made; the server's own migrations must have run): consultations with their intake step, organisations applying
 * and registered, rooms with bookings and their slots, programmes with sessions, registrations and survey answers.
 * A centre's size varies (0.5x to 2x); per fiscal year a centre of size 1 receives 600 consultations, 1,500
 * bookings, 25 organisation applications and 12 programmes of 3 sessions with 20 registrations each, at
 * {@code scale} 1. Every generated id starts with {@code bbbbbbbb-}, so {@code --remove} takes exactly these rows
 * away again.
 *
 * <pre>
 * Generate JDBC-URL USER PASSWORD [--size default|cities] [--years 2016-2025] [--scale 1.0]
 *          [--catalogue-dir DIR] [--remove]
 * </pre>
 * {@code --size cities} ("100 cities"): 1,900 centres, the 19 bundled plus 1,881 written as tenant files into
 * {@code --catalogue-dir} for the server to read (KYODO_TENANT_CATALOGUE_DIR); records at scale 0.05 by default
 * (30 consultations and 75 bookings a year for a centre of size 1), and only for the 1,881 when the 19 already hold
 * the default size's records.
 */
public final class Generate {

    static final String PREFIX = "bbbbbbbb-";
    private static final String ACTOR = "ベンチマーク生成 (bench)";
    private static final String[] CHANNELS = {"COUNTER", "PHONE", "EMAIL", "WEB", "ONLINE"};
    private static final String[] KINDS = {"CITIZEN", "CIVIC_GROUP", "COMPANY", "UNIVERSITY", "NEIGHBOURHOOD_ASSOCIATION",
            "WARD_OFFICE", "CITY_BUREAU"};
    private static final String[] TRACKS = {"COORDINATION", "CIVIC_ACTIVITY", "CIVIC_ACTIVITY", "FACILITY_INQUIRY"};
    private static final String[] TOPICS = {"ARTICLES", "ACCOUNTING", "LABOUR", "FUNDING", "PEOPLE", "GOVERNANCE",
            "PUBLICITY", "COLLABORATION"};
    private static final String[] OUTCOMES = {"COLLABORATION_PROPOSAL", "ORGANISATION_FOUNDED", "ORGANISATION_STRENGTHENED",
            "CONNECTED_TO_ORGANISATION", "CONNECTED_TO_CITY_DIVISION", "INFORMATION_ONLY", "INFORMATION_ONLY"};
    private static final String[] FIELDS = {"CIVIC_AND_COMMUNITY", "ENVIRONMENT", "HEALTH_MEDICAL_WELFARE",
            "TOWN_DEVELOPMENT", "CHILDREN_AND_YOUTH", "CULTURE_SPORTS_LEARNING", "DISASTER_PREVENTION_RELIEF"};
    private static final String[] LEGAL = {"NPO_CORPORATION", "VOLUNTARY_GROUP", "VOLUNTARY_GROUP", "NEIGHBOURHOOD_ASSOCIATION"};
    private static final String[] PROGRAMME_KINDS = {"SERIES_COURSE", "SEMINAR", "EXCHANGE_EVENT", "CONSULTATION_DAY"};
    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"};
    private static final String[] GIVEN = {"花子", "太郎", "陽子", "健一", "美咲", "翔", "由美", "大輔", "恵", "誠"};
    private static final String[] ASKS = {"会則の作り方について相談したい", "助成金の申請書の書き方を知りたい",
            "ボランティアの集め方に悩んでいる", "NPO法人の設立手続きを知りたい", "会計報告の様式について",
            "地域の子ども食堂と連携したい", "会議室の予約方法を知りたい", "広報チラシの作り方について"};
    private static final String OPEN = "MON=09:00-21:00;TUE=09:00-21:00;WED=09:00-21:00;THU=09:00-21:00;FRI=09:00-21:00;"
            + "SAT=09:00-21:00;SUN=09:00-21:00";

    private final Connection db;
    private final Random random = new Random(20261123L);
    private final Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    private long rows;

    private Generate(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Generate JDBC-URL USER PASSWORD [--size default|cities] [--years 2016-2025] [--scale 1.0]"
                    + " [--catalogue-dir DIR] [--remove]");
            System.exit(2);
        }
        String size = option(args, "--size", "default");
        String years = option(args, "--years", "2016-2025");
        double scale = Double.parseDouble(option(args, "--scale", "cities".equals(size) ? "0.05" : "1.0"));
        int from = Integer.parseInt(years.substring(0, 4));
        int to = Integer.parseInt(years.substring(years.length() - 4));
        String url = args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            Generate generate = new Generate(db);
            if (List.of(args).contains("--remove")) {
                generate.remove();
                return;
            }
            List<String> tenants = new ArrayList<>(TenantCatalogue.loadBundled().all().stream()
                    .map(t -> t.id().value()).toList());
            if ("cities".equals(size)) {
                List<String> added = writeCatalogue(Path.of(option(args, "--catalogue-dir", "bench/target/tenants")),
                        1_900 - tenants.size());
                if (generate.hasRecords(tenants.get(0))) {
                    tenants.clear(); // the 19 already hold the default size's records: add the others only
                }
                tenants.addAll(added);
            }
            long started = System.nanoTime();
            db.setAutoCommit(false);
            for (String tenant : tenants) {
                generate.centre(tenant, from, to, scale);
                generate.markStale(tenant, from, to);
                db.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("generated %,d rows for %d centres x FY%d-FY%d (scale %.2f) in %.1f s (%,.0f rows/s)%n",
                    generate.rows, tenants.size(), from, to, scale, seconds, generate.rows / seconds);
        }
    }

    /**
     * Marks the centre's facts of every source and generated fiscal year stale, as the product's own writes would
     * (rows written here bypass it): the server's workers recompute them, at the latest when it starts.
     */
    void markStale(String tenant, int from, int to) throws SQLException {
        try (PreparedStatement mark = db.prepareStatement("INSERT INTO kpi_fact_mark (tenant_id, source, fiscal_year, stale,"
                + " marked_at) VALUES (?, ?, ?, TRUE, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE stale = TRUE")) {
            for (String source : List.of("consultation", "referral", "organisation", "booking", "programme", "collaboration",
                    "network")) {
                for (int year = from; year <= to; year++) {
                    mark.setString(1, tenant);
                    mark.setString(2, source);
                    mark.setInt(3, year);
                    mark.addBatch();
                }
            }
            mark.executeBatch();
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 3; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** Writes {@code count} ward-centre tenant files ("100 cities": b001-01 … ) and returns their ids. */
    static List<String> writeCatalogue(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int city = n / 19 + 2;
            int ward = n % 19 + 1;
            String id = String.format("b%03d-%02d", city, ward);
            String json = "{\n  \"id\": \"" + id + "\",\n  \"officialName\": \"ベンチ市" + city + " 第" + ward
                    + "区センター\",\n  \"displayName\": {\"ja\": \"ベンチ市" + city + " 第" + ward + "区センター\", \"en\": \"Bench city "
                    + city + " ward " + ward + " centre\"},\n  \"kind\": \"WARD_CENTRE\",\n  \"city\": \"b" + String.format("%03d", city) + "\",\n  \"area\": \"ベンチ市" + city + "第" + ward
                    + "区\",\n  \"operatingModel\": \"OUTSOURCED\",\n  \"operator\": \"ベンチマーク\",\n  \"active\": true,\n"
                    + "  \"order\": " + (100 + n) + ",\n  \"source\": \"bench/Generate\"\n}\n";
            Files.writeString(folder.resolve(id + ".json"), json, StandardCharsets.UTF_8);
            ids.add(id);
        }
        return ids;
    }

    private boolean hasRecords(String tenant) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM consultation WHERE tenant_id = ? AND id LIKE '"
                + PREFIX + "%'")) {
            query.setString(1, tenant);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private String id() {
        return PREFIX + UUID.randomUUID().toString().substring(PREFIX.length());
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String person() {
        return pick(FAMILY) + " " + pick(GIVEN);
    }

    /** One centre's records over the fiscal years. */
    private void centre(String tenant, int from, int to, double scale) throws SQLException {
        double size = (0.5 + 1.5 * random.nextDouble()) * scale;
        List<String> spaces = spaces(tenant);
        List<String> organisations = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        try (PreparedStatement consultation = db.prepareStatement("INSERT INTO consultation (tenant_id, id, version,"
                + " received_on, fiscal_year, channel, requester_kind, requester_name, requester_contact, track, topics, summary,"
                + " status, outcome, closed_on, closed_at, first_response_at, created_at, created_by, updated_at, updated_by)"
                + " VALUES (?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement step = db.prepareStatement("INSERT INTO consultation_step (tenant_id, id, version,"
                     + " consultation_id, occurred_at, actor, step) VALUES (?,?,1,?,?,?,?)");
             PreparedStatement organisation = db.prepareStatement("INSERT INTO organisation (tenant_id, id, version, name,"
                     + " legal_form, representative, contact, activity_fields, mailing_consent, status, applied_on,"
                     + " registration_number, registered_on, expires_on, created_at, created_by, updated_at, updated_by)"
                     + " VALUES (?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement booking = db.prepareStatement("INSERT INTO booking (tenant_id, id, version, space_id,"
                     + " booker_kind, organisation_id, booker_name, purpose, booking_date, start_time, end_time, headcount,"
                     + " status, created_at, created_by, updated_at, updated_by) VALUES (?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement slot = db.prepareStatement("INSERT INTO booking_slot (tenant_id, id, version, booking_id,"
                     + " space_id, slot_start) VALUES (?,?,1,?,?,?)");
             PreparedStatement programme = db.prepareStatement("INSERT INTO programme (tenant_id, id, version, name, kind,"
                     + " planned_sessions, fiscal_year, status, updated_at, updated_by) VALUES (?,?,1,?,?,3,?,'EVALUATED',?,?)");
             PreparedStatement session = db.prepareStatement("INSERT INTO programme_session (tenant_id, id, version,"
                     + " programme_id, title, session_date, start_time, end_time, place_kind, capacity, last_sequence)"
                     + " VALUES (?,?,1,?,?,?,?,?,'ONLINE',30,?)");
             PreparedStatement registration = db.prepareStatement("INSERT INTO programme_registration (tenant_id, id,"
                     + " version, session_id, sequence, person_name, contact, participant_base_consent, status, attended,"
                     + " token, registered_at) VALUES (?,?,1,?,?,?,?,?,'REGISTERED',?,?,?)");
             PreparedStatement answer = db.prepareStatement("INSERT INTO survey_answer (tenant_id, id, version,"
                     + " registration_id, session_id, satisfaction, understanding_improved, motivation_improved, answered_at)"
                     + " VALUES (?,?,1,?,?,?,?,?,?)")) {
            for (int year = from; year <= to; year++) {
                LocalDate start = LocalDate.of(year, 4, 1);
                int days = (int) (start.plusYears(1).toEpochDay() - start.toEpochDay());
                for (int n = (int) Math.round(25 * size); n > 0; n--) {
                    String id = id();
                    LocalDate applied = start.plusDays(random.nextInt(days));
                    boolean registered = random.nextInt(10) < 8;
                    int i = 1;
                    organisation.setString(i++, tenant);
                    organisation.setString(i++, id);
                    organisation.setString(i++, "ベンチ" + pick(FIELDS).length() + "の会 " + id.substring(24));
                    organisation.setString(i++, pick(LEGAL));
                    organisation.setString(i++, person());
                    organisation.setString(i++, "045-000-" + String.format("%04d", random.nextInt(10_000)));
                    organisation.setString(i++, "," + pick(FIELDS) + ",");
                    organisation.setBoolean(i++, random.nextBoolean());
                    organisation.setString(i++, registered ? "REGISTERED" : "APPLIED");
                    organisation.setDate(i++, Date.valueOf(applied));
                    organisation.setString(i++, registered ? "B" + id.substring(24) : null);
                    organisation.setDate(i++, registered ? Date.valueOf(applied.plusDays(14)) : null);
                    organisation.setDate(i++, registered ? Date.valueOf(LocalDate.of(year + 3, 3, 31)) : null);
                    audit(organisation, i, applied);
                    organisation.addBatch();
                    rows++;
                    if (registered) {
                        organisations.add(id);
                    }
                }
                for (int n = (int) Math.round(600 * size); n > 0; n--) {
                    String id = id();
                    LocalDate received = start.plusDays(random.nextInt(days));
                    boolean closed = received.isBefore(LocalDate.now().minusDays(30)) ? random.nextInt(20) > 0 : random.nextBoolean();
                    int i = 1;
                    consultation.setString(i++, tenant);
                    consultation.setString(i++, id);
                    consultation.setDate(i++, Date.valueOf(received));
                    consultation.setInt(i++, year);
                    consultation.setString(i++, pick(CHANNELS));
                    consultation.setString(i++, pick(KINDS));
                    consultation.setString(i++, person());
                    consultation.setString(i++, random.nextBoolean() ? "045-000-0000" : null);
                    consultation.setString(i++, pick(TRACKS));
                    consultation.setString(i++, "," + pick(TOPICS) + ",");
                    consultation.setString(i++, pick(ASKS));
                    consultation.setString(i++, closed ? "CLOSED" : "IN_PROGRESS");
                    consultation.setString(i++, closed ? pick(OUTCOMES) : null);
                    LocalDate closedOn = received.plusDays(random.nextInt(30));
                    consultation.setDate(i++, closed ? Date.valueOf(closedOn) : null);
                    consultation.setTimestamp(i++, closed ? Timestamp.valueOf(closedOn.atTime(17, 0)) : null);
                    consultation.setTimestamp(i++, Timestamp.valueOf(received.plusDays(random.nextInt(4)).atTime(10, 0)));
                    audit(consultation, i, received);
                    consultation.addBatch();
                    step.setString(1, tenant);
                    step.setString(2, id());
                    step.setString(3, id);
                    step.setTimestamp(4, Timestamp.valueOf(received.atTime(9, 30)));
                    step.setString(5, ACTOR);
                    step.setString(6, "RECEIVED");
                    step.addBatch();
                    rows += 2;
                }
                for (int n = (int) Math.round(1_500 * size); n > 0; n--) {
                    String id = id();
                    String space = spaces.get(random.nextInt(spaces.size()));
                    LocalDate date = start.plusDays(random.nextInt(days));
                    int hour = 9 + random.nextInt(10);
                    int hours = 1 + random.nextInt(2);
                    if (taken.contains(space + date + hour) || taken.contains(space + date + (hour + hours - 1))) {
                        continue; // the room is booked then: a real centre would not double-book it either
                    }
                    for (int h = hour; h < hour + hours; h++) {
                        taken.add(space + date + h);
                    }
                    boolean org = !organisations.isEmpty() && random.nextInt(3) > 0;
                    int i = 1;
                    booking.setString(i++, tenant);
                    booking.setString(i++, id);
                    booking.setString(i++, space);
                    booking.setString(i++, org ? "REGISTERED_ORGANISATION" : "CENTRE_INTERNAL");
                    booking.setString(i++, org ? organisations.get(random.nextInt(organisations.size())) : null);
                    booking.setString(i++, org ? "登録団体" : "センター主催");
                    booking.setString(i++, org ? "MEETING" : "EVENT_SEMINAR");
                    booking.setDate(i++, Date.valueOf(date));
                    booking.setTime(i++, Time.valueOf(LocalTime.of(hour, 0)));
                    booking.setTime(i++, Time.valueOf(LocalTime.of(hour + hours, 0)));
                    booking.setInt(i++, 2 + random.nextInt(20));
                    // a cancelled booking gives its slots back, so it keeps none (the double-booking guard stays true)
                    boolean cancelled = random.nextInt(12) == 0;
                    booking.setString(i++, cancelled ? "CANCELLED" : date.isBefore(LocalDate.now()) ? "COMPLETED" : "CONFIRMED");
                    audit(booking, i, date.minusDays(10));
                    booking.addBatch();
                    rows++;
                    if (!cancelled) {
                        for (int s = 0; s < hours * 2; s++) {
                            slot.setString(1, tenant);
                            slot.setString(2, id());
                            slot.setString(3, id);
                            slot.setString(4, space);
                            slot.setTimestamp(5, Timestamp.valueOf(date.atTime(hour, 0).plusMinutes(30L * s)));
                            slot.addBatch();
                            rows++;
                        }
                    }
                }
                for (int n = (int) Math.max(1, Math.round(12 * size)); n > 0; n--) {
                    String id = id();
                    programme.setString(1, tenant);
                    programme.setString(2, id);
                    programme.setString(3, "市民活動入門講座 " + year + "-" + n);
                    programme.setString(4, pick(PROGRAMME_KINDS));
                    programme.setInt(5, year);
                    programme.setTimestamp(6, now);
                    programme.setString(7, ACTOR);
                    programme.addBatch();
                    rows++;
                    for (int s = 1; s <= 3; s++) {
                        String sessionId = id();
                        int people = 10 + random.nextInt(20);
                        LocalDate date = start.plusDays(random.nextInt(days));
                        session.setString(1, tenant);
                        session.setString(2, sessionId);
                        session.setString(3, id);
                        session.setString(4, "第" + s + "回");
                        session.setDate(5, Date.valueOf(date));
                        session.setTime(6, Time.valueOf(LocalTime.of(14, 0)));
                        session.setTime(7, Time.valueOf(LocalTime.of(16, 0)));
                        session.setInt(8, people);
                        session.addBatch();
                        rows++;
                        for (int p = 1; p <= people; p++) {
                            String registrationId = id();
                            boolean attended = random.nextInt(10) < 8;
                            registration.setString(1, tenant);
                            registration.setString(2, registrationId);
                            registration.setString(3, sessionId);
                            registration.setInt(4, p);
                            registration.setString(5, person());
                            registration.setString(6, "p" + registrationId.substring(24) + "@example.jp");
                            registration.setBoolean(7, random.nextBoolean());
                            registration.setBoolean(8, attended);
                            registration.setString(9, tenant + "." + registrationId.replace("-", ""));
                            registration.setTimestamp(10, Timestamp.valueOf(date.minusDays(7).atStartOfDay()));
                            registration.addBatch();
                            rows++;
                            if (attended && random.nextBoolean()) {
                                answer.setString(1, tenant);
                                answer.setString(2, id());
                                answer.setString(3, registrationId);
                                answer.setString(4, sessionId);
                                answer.setInt(5, 2 + random.nextInt(4));
                                answer.setBoolean(6, random.nextInt(10) < 7);
                                answer.setBoolean(7, random.nextInt(10) < 6);
                                answer.setTimestamp(8, Timestamp.valueOf(date.atTime(17, 0)));
                                answer.addBatch();
                                rows++;
                            }
                        }
                    }
                }
                for (PreparedStatement batch : List.of(organisation, consultation, step, booking, slot, programme, session,
                        registration, answer)) {
                    batch.executeBatch();
                }
            }
        }
    }

    private void audit(PreparedStatement statement, int from, LocalDate on) throws SQLException {
        Timestamp at = Timestamp.valueOf(on.atTime(9, 0));
        statement.setTimestamp(from, at);
        statement.setString(from + 1, ACTOR);
        statement.setTimestamp(from + 2, at);
        statement.setString(from + 3, ACTOR);
    }

    /** Three rooms per centre (half-hour slots, open every day 9-21, bookable far ahead for the booking scenario). */
    private List<String> spaces(String tenant) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement space = db.prepareStatement("INSERT INTO space (tenant_id, id, version, name, kind, capacity,"
                + " opening_hours, slot_minutes, eligible, max_hours_per_day, max_days_ahead, approval_required, active,"
                + " updated_at, updated_by) VALUES (?,?,1,?,'ROOM',?,?,30,',REGISTERED_ORGANISATION,CENTRE_INTERNAL,',4,"
                + " 3650,0,1,?,?)")) {
            for (String name : List.of("ベンチ会議室A", "ベンチ会議室B", "ベンチ協働ラボ")) {
                String id = id();
                space.setString(1, tenant);
                space.setString(2, id);
                space.setString(3, name);
                space.setInt(4, 12 + random.nextInt(30));
                space.setString(5, OPEN);
                space.setTimestamp(6, now);
                space.setString(7, ACTOR);
                space.addBatch();
                ids.add(id);
                rows++;
            }
            space.executeBatch();
        }
        return ids;
    }

    /** Removes every generated row (ids starting with bbbbbbbb-) and the KPI facts they led to are recomputed by the server. */
    private void remove() throws SQLException {
        try (Statement statement = db.createStatement()) {
            for (String table : List.of("survey_answer", "programme_registration", "programme_session", "programme",
                    "booking_slot", "booking", "space", "consultation_step", "consultation", "organisation")) {
                int removed = statement.executeUpdate("DELETE FROM " + table + " WHERE id LIKE '" + PREFIX + "%'");
                System.out.printf("%-24s %,10d rows removed%n", table, removed);
            }
        }
    }
}
