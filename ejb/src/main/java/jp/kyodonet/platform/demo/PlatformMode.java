package jp.kyodonet.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The platform's mode (demo or production) and the guard that goes with it: the demo sign-in and the demo
 * data are refused outside demo mode, production refuses to start without the identity provider's keys and issuer
 * (or with the demo's issuer), and the deployment fails, naming the key, rather than start unsafe. Production needs
 * no demo setting at all.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlatformMode {

    private static final Logger LOG = Logger.getLogger(PlatformMode.class.getName());

    /** The issuer of the demo sign-in's tokens, which production never trusts. */
    static final String DEMO_ISSUER = "urn:kyodonet:demo";

    @Inject
    @ConfigProperty(name = "platform.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "platform.demo-sign-in.enabled", defaultValue = "false")
    boolean demoSignIn;

    // Optional: an empty default counts as no value in MicroProfile Config, and a production deployment sets no
    // demo key at all (a plain String failed the deployment with "No value present")
    @Inject
    @ConfigProperty(name = "platform.demo-sign-in.private-key-location")
    Optional<String> demoKey;

    @Inject
    @ConfigProperty(name = "platform.demo-data.enabled", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "platform.demo-sign-in.token-minutes", defaultValue = "60")
    long demoTokenMinutes;

    @Inject
    @ConfigProperty(name = "platform.token.max-age-minutes", defaultValue = "60")
    long maxTokenAgeMinutes;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "platform.sign-in.client-id")
    Optional<String> signInClientId;

    @Inject
    @ConfigProperty(name = "platform.sign-in.client-secret")
    Optional<String> signInClientSecret;

    @Inject
    @ConfigProperty(name = "platform.sign-in.public-url")
    Optional<String> publicUrl;

    @PostConstruct
    void check() {
        verify(mode, demoSignIn, demoKey.orElse(""), demoData);
        verifyDemoTokenLifetime(demoSignIn, demoTokenMinutes, maxTokenAgeMinutes);
        if (!isDemo()) {
            verifyProduction(publicKeyLocation.orElse(""), issuer.orElse(""));
            verifyPortalSignIn(signInClientId.orElse(""), signInClientSecret.orElse(""), publicUrl.orElse(""));
        }
        LOG.info(() -> "platform mode " + mode + ", demo sign-in " + (demoSignIn ? "on" : "off")
                + ", demo data " + (demoData ? "on" : "off"));
    }

    static void verify(String mode, boolean demoSignIn, String demoKey, boolean demoData) {
        if (!"demo".equals(mode) && !"production".equals(mode)) {
            throw new IllegalStateException("platform.mode must be 'demo' or 'production', got '" + mode + "'");
        }
        if (!"demo".equals(mode) && demoSignIn) {
            throw new IllegalStateException(
                    "platform.demo-sign-in.enabled=true is refused outside demo mode (platform.mode=" + mode + ")");
        }
        if (!"demo".equals(mode) && demoData) {
            throw new IllegalStateException(
                    "platform.demo-data.enabled=true is refused outside demo mode (platform.mode=" + mode + ")");
        }
        if (demoSignIn && (demoKey.isBlank() || !Files.isReadable(Path.of(demoKey)))) {
            throw new IllegalStateException(
                    "platform.demo-sign-in.private-key-location must name a readable PEM file, got '" + demoKey + "'");
        }
    }

    /** The demo sign-in's tokens must live no longer than the oldest token taken, or they would fail part way. */
    static void verifyDemoTokenLifetime(boolean demoSignIn, long tokenMinutes, long maxAgeMinutes) {
        if (demoSignIn && tokenMinutes > maxAgeMinutes) {
            throw new IllegalStateException("platform.demo-sign-in.token-minutes (" + tokenMinutes + ") may not exceed"
                    + " platform.token.max-age-minutes (" + maxAgeMinutes + "): its tokens would be refused as too old");
        }
    }

    /**
     * What production cannot start without: the identity provider's keys and issuer, and not the demo's. Each refusal
     * names the key to set.
     */
    static void verifyProduction(String publicKeyLocation, String issuer) {
        if (publicKeyLocation.isBlank()) {
            throw new IllegalStateException("mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION) must name"
                    + " the identity provider's keys (its JWKS URL) in production");
        }
        if (issuer.isBlank() || DEMO_ISSUER.equals(issuer)) {
            throw new IllegalStateException("mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) must be the identity provider's"
                    + " issuer in production, not '" + issuer + "'");
        }
    }

    /**
     * Production's portal signs people in through the identity provider, as a confidential client: its client id and
     * secret are needed; a public address, when given, must be HTTPS (the session cookie is then Secure), but on this
     * machine's loopback for a trial.
     */
    static void verifyPortalSignIn(String clientId, String clientSecret, String publicUrl) {
        if (clientId.isBlank()) {
            throw new IllegalStateException("platform.sign-in.client-id (PLATFORM_SIGN_IN_CLIENT_ID) must name the portal's"
                    + " client at the identity provider in production (the portal has no other sign-in there)");
        }
        if (clientSecret.isBlank()) {
            throw new IllegalStateException("platform.sign-in.client-secret (PLATFORM_SIGN_IN_CLIENT_SECRET) must hold the"
                    + " secret of the client " + clientId + " in production");
        }
        if (!publicUrl.isBlank() && !publicUrl.startsWith("https://")
                && !publicUrl.matches("http://(127\\.0\\.0\\.1|localhost)(:\\d+)?(/.*)?")) {
            throw new IllegalStateException("platform.sign-in.public-url (PLATFORM_SIGN_IN_PUBLIC_URL) must be an https://"
                    + " address in production (TLS at the proxy), got '" + publicUrl + "'");
        }
    }

    public boolean isDemo() {
        return "demo".equals(mode);
    }

    public boolean demoSignInEnabled() {
        return demoSignIn;
    }

    public Path demoSigningKey() {
        return Path.of(demoKey.orElseThrow());
    }

    public boolean demoDataEnabled() {
        return demoData;
    }
}
