package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production's start, as the test environment saw it on this run's server before the tests' own deployment
 * ({@code bin/kyodo test-env-up}, production_check): the EAR deployed with platform.mode=production, the identity
 * provider's JWKS, issuer and portal client, and none of the platform.demo-* keys set; then deployed again with the
 * portal's client secret missing. What the server answered was written to the test environment's folder.
 */
class ProductionModeIT {

    private static final Path SEEN = Path.of(System.getProperty("kyodo.it.env", "target/it-env"), "production-check");

    @Test
    void productionDeploysWithNoDemoSettingAndServesTheApiAndTheProvidersSignInOnly() throws Exception {
        assertFalse(read("deploy.txt").contains("failed"), "deployed in production mode: " + read("deploy.txt"));
        assertEquals("200", read("tenants.status"), "the API answers");
        assertTrue(read("tenants.json").contains("\"id\":\"nishi\""), read("tenants.json"));
        assertEquals("200", read("session.status"));
        JsonObject options;
        try (JsonReader reader = Json.createReader(new StringReader(read("session.json")))) {
            options = reader.readObject();
        }
        assertTrue(options.getBoolean("identityProvider"), "the portal signs in through the provider: " + options);
        assertFalse(options.getBoolean("demoSignIn"), "no demo sign-in in production: " + options);
        assertEquals("404", read("demo-sign-in.status"), "the demo sign-in does not exist in production");
    }

    @Test
    void productionRefusesToStartWithoutASettingItNeedsAndNamesIt() throws Exception {
        assertEquals("refused", read("refused.status"), "deployment without the portal's client secret");
        String reason = read("refused-reason.txt");
        assertTrue(reason.startsWith("platform.sign-in.client-secret (PLATFORM_SIGN_IN_CLIENT_SECRET) must"),
                "the refusal names the key: '" + reason + "'");
    }

    private static String read(String name) throws Exception {
        Path file = SEEN.resolve(name);
        assertTrue(Files.exists(file), "the test environment recorded " + file);
        return Files.readString(file).strip();
    }
}
