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
import java.util.logging.Logger;

/**
 * The platform's mode (demo or production) and the guard that goes with it: the demo sign-in and the demo
 * data are refused outside demo mode, and the deployment fails rather than start with them on.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlatformMode {

    private static final Logger LOG = Logger.getLogger(PlatformMode.class.getName());

    @Inject
    @ConfigProperty(name = "platform.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "platform.demo-sign-in.enabled", defaultValue = "false")
    boolean demoSignIn;

    @Inject
    @ConfigProperty(name = "platform.demo-sign-in.private-key-location", defaultValue = "")
    String demoKey;

    @Inject
    @ConfigProperty(name = "platform.demo-data.enabled", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void check() {
        verify(mode, demoSignIn, demoKey, demoData);
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

    public boolean isDemo() {
        return "demo".equals(mode);
    }

    public boolean demoSignInEnabled() {
        return demoSignIn;
    }

    public Path demoSigningKey() {
        return Path.of(demoKey);
    }

    public boolean demoDataEnabled() {
        return demoData;
    }
}
