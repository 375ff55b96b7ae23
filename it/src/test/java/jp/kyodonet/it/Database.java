package jp.kyodonet.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Direct access to the test environment's database, for what HTTP cannot do: letting time pass
 * (moving a next-action date into the past) and counting rows across centres (one linked consultation per
 * accepted referral), and fingerprinting every table to prove that a refused request wrote nothing. Never used to
 * read another centre's records in place of the API, which must prove isolation itself.
 */
final class Database {

    private Database() {
    }

    /** How many consultations (of any centre) were opened for one referral. */
    static int consultationsOpenedFor(String referralId) throws Exception {
        try (Connection connection = connect();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM consultation WHERE referral_id = ?")) {
            count.setString(1, referralId);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** How many bookings (any status) one space has on one date. */
    static int bookingsOf(String spaceId, java.time.LocalDate date) throws Exception {
        try (Connection connection = connect();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM booking WHERE space_id = ? AND booking_date = ?")) {
            count.setString(1, spaceId);
            count.setObject(2, date);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Connection fingerprints;
    private static String checksumAll;

    /**
     * A fingerprint of every table the API writes ({@code CHECKSUM TABLE}: content, hence also row count). The KPI
     * tables other than the targets (facts, change marks, city totals, check runs, the heartbeat) are left out: they
     * are written in the background, after commits that came before and every two seconds; so is the mail outbox
     * (sent, retried), of which only the number of rows is compared. One
     * connection is kept for it, since the body fuzzer asks after every refused body.
     */
    private static String lastWrites;
    private static java.util.Map<String, String> lastFingerprint;

    static synchronized java.util.Map<String, String> fingerprint() {
        try {
            if (fingerprints == null || !fingerprints.isValid(2)) {
                fingerprints = connect();
                java.util.List<String> tables = new java.util.ArrayList<>();
                try (var statement = fingerprints.createStatement(); var rows = statement.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                                + " AND table_type = 'BASE TABLE'"
                                + " AND (table_name NOT LIKE 'kpi\\_%' OR table_name = 'kpi_target')"
                                + " AND table_name <> 'flyway_schema_history' AND table_name <> 'mail_outbox'"
                                + " ORDER BY table_name")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                checksumAll = "CHECKSUM TABLE " + String.join(", ", tables);
            }
            // no row written, updated or deleted in any table of the server since the last fingerprint (the server's
            // own counters, temporary tables apart): the tables are as they were. The fuzzer asks after every refused
            // body, and a checksum of every table costs far more than this
            StringBuilder counted = new StringBuilder();
            try (var statement = fingerprints.createStatement(); var rows = statement.executeQuery(
                    "SHOW GLOBAL STATUS WHERE Variable_name IN ('Handler_write', 'Handler_update', 'Handler_delete')")) {
                while (rows.next()) {
                    counted.append(rows.getString(1)).append('=').append(rows.getString(2)).append(';');
                }
            }
            String writes = counted.length() == 0 ? null : counted.toString();
            if (writes != null && writes.equals(lastWrites) && lastFingerprint != null) {
                return new java.util.TreeMap<>(lastFingerprint);
            }
            java.util.Map<String, String> fingerprint = new java.util.TreeMap<>();
            try (var statement = fingerprints.createStatement(); var rows = statement.executeQuery(checksumAll)) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    fingerprint.put(table.substring(table.indexOf('.') + 1), rows.getString(2));
                }
            }
            // the outbox's rows are updated by the mail sender in the background (sent, retried): its row count says
            // whether a request queued a mail
            try (var statement = fingerprints.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*) FROM mail_outbox")) {
                rows.next();
                fingerprint.put("mail_outbox (rows)", rows.getString(1));
            }
            lastWrites = writes;
            lastFingerprint = new java.util.TreeMap<>(fingerprint);
            return fingerprint;
        } catch (Exception e) {
            throw new IllegalStateException("cannot fingerprint the test database", e);
        }
    }

    /** The first row of a query, its columns as numbers. */
    static long[] longs(String sql) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql);
             java.sql.ResultSet row = query.executeQuery()) {
            row.next();
            long[] values = new long[row.getMetaData().getColumnCount()];
            for (int c = 0; c < values.length; c++) {
                values[c] = row.getLong(c + 1);
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static Connection connect() throws Exception {
        Path env = Path.of(System.getProperty("kyodo.it.env", "target/it-env"));
        return DriverManager.getConnection(Files.readString(env.resolve("db-url")).strip(),
                Files.readString(env.resolve("db-user")).strip(), Files.readString(env.resolve("db-password")).strip());
    }

    /** Moves a consultation's next action {@code days} days into the past, as if that time had gone by. */
    static void letNextActionPass(String consultationId, int days) throws Exception {
        try (Connection connection = connect();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE consultation SET next_action_on = CURRENT_DATE - INTERVAL ? DAY WHERE id = ?")) {
            update.setInt(1, days);
            update.setString(2, consultationId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no consultation " + consultationId);
            }
        }
    }
}
