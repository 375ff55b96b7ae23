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
    void productionsPortalNeedsItsClientAtTheProviderAndAnHttpsAddress() {
        IllegalStateException noClient = assertThrows(IllegalStateException.class,
                () -> PlatformMode.verifyPortalSignIn("", "s3cret", ""));
        assertTrue(noClient.getMessage().contains("platform.sign-in.client-id"), noClient.getMessage());
        IllegalStateException noSecret = assertThrows(IllegalStateException.class,
                () -> PlatformMode.verifyPortalSignIn("kyodo-portal", "", ""));
        assertTrue(noSecret.getMessage().contains("platform.sign-in.client-secret"), noSecret.getMessage());
        IllegalStateException plainHttp = assertThrows(IllegalStateException.class,
                () -> PlatformMode.verifyPortalSignIn("kyodo-portal", "s3cret", "http://kyodo.city.example/kyodo/"));
        assertTrue(plainHttp.getMessage().contains("platform.sign-in.public-url"), plainHttp.getMessage());
        assertDoesNotThrow(() -> PlatformMode.verifyPortalSignIn("kyodo-portal", "s3cret", "https://kyodo.city.example/kyodo/"));
        assertDoesNotThrow(() -> PlatformMode.verifyPortalSignIn("kyodo-portal", "s3cret", "http://127.0.0.1:8080/kyodo/"));
        assertDoesNotThrow(() -> PlatformMode.verifyPortalSignIn("kyodo-portal", "s3cret", ""));
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
