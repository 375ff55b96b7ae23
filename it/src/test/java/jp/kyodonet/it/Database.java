package jp.kyodonet.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Direct access to the test environment's database, for what HTTP cannot do: letting time pass
 * (moving a next-action date into the past) and counting rows across centres (one linked consultation per
 * accepted referral). Never used to check isolation, which the API must prove.
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

    private static Connection connect() throws Exception {
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
