package jp.kyodonet.platform.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformModeTest {

    @Test
    void productionRefusesTheDemoSignIn(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("k.pem"), "x");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PlatformMode.verify("production", true, key.toString(), false));
        assertTrue(e.getMessage().contains("platform.demo-sign-in.enabled"), e.getMessage());
    }

    @Test
    void productionRefusesDemoData() {
        assertThrows(IllegalStateException.class, () -> PlatformMode.verify("production", false, "", true));
    }

    @Test
    void demoSignInNeedsAReadableKey() {
        assertThrows(IllegalStateException.class, () -> PlatformMode.verify("demo", true, "/no/such/key.pem", false));
    }

    @Test
    void unknownModeIsRefused() {
        assertThrows(IllegalStateException.class, () -> PlatformMode.verify("staging", false, "", false));
    }

    @Test
    void demoModeWithKeyAndProductionWithoutDemoStart(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("k.pem"), "x");
        assertDoesNotThrow(() -> PlatformMode.verify("demo", true, key.toString(), true));
        assertDoesNotThrow(() -> PlatformMode.verify("production", false, "", false));
    }

    @Test
    void productionNeedsTheProvidersKeysAndIssuerAndNamesTheKeyItMisses() {
        IllegalStateException noKeys = assertThrows(IllegalStateException.class,
                () -> PlatformMode.verifyProduction("", "https://sso.example/realms/kyodo"));
        assertTrue(noKeys.getMessage().contains("mp.jwt.verify.publickey.location"), noKeys.getMessage());
        IllegalStateException demoIssuer = assertThrows(IllegalStateException.class,
                () -> PlatformMode.verifyProduction("https://sso.example/certs", PlatformMode.DEMO_ISSUER));
        assertTrue(demoIssuer.getMessage().contains("mp.jwt.verify.issuer"), demoIssuer.getMessage());
        assertDoesNotThrow(() -> PlatformMode.verifyProduction("https://sso.example/realms/kyodo/protocol/openid-connect/certs",
                "https://sso.example/realms/kyodo"));
    }

    @Test
    void demoTokensMayNotOutliveTheMaximumTokenAge() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PlatformMode.verifyDemoTokenLifetime(true, 480, 60));
        assertTrue(e.getMessage().contains("platform.token.max-age-minutes"), e.getMessage());
        assertDoesNotThrow(() -> PlatformMode.verifyDemoTokenLifetime(true, 480, 480));
        assertDoesNotThrow(() -> PlatformMode.verifyDemoTokenLifetime(false, 480, 60));
    }
}
