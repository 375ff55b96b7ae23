package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as {@code bin/kyodo} sets it up listens on nothing but the loopback address (admin, HTTP, IIOP, JMX, the
 * data grid; the JMS broker is off), and its admin listener refuses a caller without the domain's generated password.
 * Read from the kernel's socket tables ({@code /proc/net/tcp}, {@code tcp6}) for the sockets Payara's process holds.
 */
@ExtendWith(ArquillianExtension.class)
class ListeningSocketsIT {

    private static final Path ENV = Path.of(System.getProperty("kyodo.it.env", "target/it-env"));

    @Test
    void theAdminListenerRefusesACallerWithoutThePassword() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int adminPort = Integer.parseInt(System.getProperty("kyodo.it.admin-port", "28048"));
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + adminPort + "/management/domain/applications/list-applications"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), anonymous.body());

        String password = System.getProperty("kyodo.admin.password", "");
        assertTrue(password.length() >= 20, "a generated admin password was handed to the tests");
        String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes());
        HttpResponse<String> admin = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + adminPort + "/management/domain/applications/list-applications"))
                .header("Accept", "application/json").header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, admin.statusCode(), "the password opens it: " + admin.body());
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws Exception {
        long pid = Long.parseLong(Files.readString(ENV.resolve("domains/kyodo/config/pid")).strip());
        Set<String> inodes = socketInodes(pid);
        List<String> listening = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] f = line.trim().split("\\s+");
                if (!"0A".equals(f[3]) || !inodes.contains(f[9])) { // 0A: LISTEN
                    continue;
                }
                String address = f[1];
                listening.add(address);
                if (!isLoopback(address)) {
                    beyond.add(address);
                }
            }
        }
        assertTrue(listening.size() >= 3, "the admin, HTTP and grid listeners were found: " + listening);
        assertEquals(List.of(), beyond, "listening beyond the loopback address (hex address:port from /proc/net)");
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed between listing and reading
                }
            }
        }
        assertFalse(inodes.isEmpty(), "Payara's process " + pid + " holds sockets");
        return inodes;
    }

    /** 127.0.0.0/8 in tcp (little-endian hex), ::1 or ::ffff:127.x in tcp6. */
    private static boolean isLoopback(String hexAddressAndPort) {
        String hex = hexAddressAndPort.substring(0, hexAddressAndPort.indexOf(':'));
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000")
                || (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"));
    }
}
