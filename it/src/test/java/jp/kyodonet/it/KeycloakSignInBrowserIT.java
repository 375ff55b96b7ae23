package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's real sign-in, in Chromium: a ward's staff member is sent to Keycloak's sign-in page, signs in with a
 * password, lands in their centre's portal with their name shown, keeps working past their access token's expiry
 * (the portal client's tokens are shortened to 40 seconds for this test) without losing the page, signs out, and is
 * signed out of Keycloak too: the back button does not bring the portal back, and the next sign-in asks for the
 * password again.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakSignInBrowserIT {

    private static final int SHORT_TOKEN_SECONDS = 40;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Keycloak.setClientAttribute("kyodo-portal", "access.token.lifespan", String.valueOf(SHORT_TOKEN_SECONDS));
        browser = PortalBrowserIT.startChromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        Keycloak.setClientAttribute("kyodo-portal", "access.token.lifespan", "");
    }

    @Test
    void aWardStaffMemberSignsInWorksPastTheTokensExpiryAndSignsOutOfKeycloakToo() throws Exception {
        String person = realmName("tsurumi-staff");

        browser.get(Api.BASE + "/");
        WebElement signIn = wait.until(ExpectedConditions.elementToBeClickable(By.id("idp-sign-in")));
        assertEquals("職員アカウントでログイン", signIn.getText());
        signIn.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.ISSUER + "/protocol/openid-connect/auth"),
                "at Keycloak's sign-in page: " + browser.getCurrentUrl());
        assertTrue(browser.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE S256");
        browser.findElement(By.id("username")).sendKeys("tsurumi-staff");
        if (browser.findElements(By.id("password")).isEmpty()) {
            // with organizations on, Keycloak asks for the username first (identity-first), then the password
            browser.findElement(By.id("kc-login")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(Keycloak.DEMO_PASSWORD);
        screenshot("keycloak-sign-in");
        long clicked = System.nanoTime();
        browser.findElement(By.id("kc-login")).click();
        // the portal's first page for a centre's people is the inbox
        wait.until(d -> "true".equals(d.findElement(By.id("inbox-list")).getAttribute("data-loaded")));
        System.out.printf("Keycloak sign-in: password submitted to the portal's inbox shown in %d ms%n",
                (System.nanoTime() - clicked) / 1_000_000);
        assertTrue(browser.getCurrentUrl().endsWith("/portal.html"), browser.getCurrentUrl());
        screenshot("portal-signed-in");
        assertEquals(person, browser.findElement(By.id("user-name")).getText(), "the person's name in the header");
        assertTrue(browser.findElement(By.id("centre-name")).getText().contains("鶴見"), "the person's centre");
        assertFalse(browser.manage().getCookies().stream().anyMatch(c -> c.getValue().startsWith("eyJ")),
                "no token in a cookie the page can see");
        assertEquals(0L, browser.manage().getCookies().stream()
                .filter(c -> c.getName().equals("kyodo_session") && !c.isHttpOnly()).count(), "the session cookie is HttpOnly");
        Object stored = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return JSON.stringify(localStorage) + JSON.stringify(sessionStorage);");
        assertFalse(String.valueOf(stored).contains("eyJ"), "no token in the browser's storage: " + stored);

        // the centre's staff directory lists the person who just signed in, by name
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-staff"))).click();
        wait.until(d -> "true".equals(d.findElement(By.id("staff-list")).getAttribute("data-loaded")));
        assertTrue(browser.findElement(By.id("staff-list")).getText().contains(person), "in the staff directory");
        screenshot("staff-directory");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-consultations"))).click();
        wait.until(d -> "true".equals(d.findElement(By.id("consultation-list")).getAttribute("data-loaded")));

        // work, then wait past the access token's lifetime and work again on the same page
        String first = recordConsultation("鶴見の相談 1 " + UUID.randomUUID());
        Thread.sleep((SHORT_TOKEN_SECONDS + 15) * 1000L);
        String second = recordConsultation("鶴見の相談 2 " + UUID.randomUUID());
        assertTrue(browser.getCurrentUrl().contains("/portal.html"), "still on the page: " + browser.getCurrentUrl());
        assertTrue(browser.findElements(By.id("session-ended")).isEmpty(), "no 'sign-in ended' message");
        assertTrue(browser.findElement(By.id("consultation-list")).getText().contains(first.substring(0, 10)));
        assertTrue(refreshes() >= 1, "the server refreshed the session's tokens");
        assertTrue(browser.findElement(By.id("consultation-list")).getText().contains(second.substring(0, 10)));

        // sign out: back at the sign-in page, and Keycloak's session is over too
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        wait.until(d -> d.getCurrentUrl().startsWith(Api.BASE + "/index.html"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signin-outcome"), "サインアウトしました"));
        screenshot("signed-out");
        browser.navigate().back();
        Thread.sleep(1500);
        wait.until(d -> !d.getCurrentUrl().contains("/portal.html"));
        assertTrue(browser.findElements(By.cssSelector("#user-name")).stream().noneMatch(e -> e.getText().contains(person)),
                "the back button does not bring the portal back: " + browser.getCurrentUrl());
        browser.get(Api.BASE + "/portal.html");
        wait.until(d -> d.getCurrentUrl().endsWith("/index.html"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("idp-sign-in"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(Keycloak.ISSUER), "Keycloak asks who signs in again (no session left): "
                + browser.getCurrentUrl());
        assertTrue(browser.findElements(By.id("user-name")).isEmpty(), "not signed in to the portal");
    }

    /** A picture of the page in target/screenshots, to look at. */
    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** Records a consultation through the portal's form; returns its summary. */
    private static String recordConsultation(String summary) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-consultation"))).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-requesterName")));
        name.clear();
        name.sendKeys("鶴見 太郎");
        new Select(browser.findElement(By.id("f-channel"))).selectByValue("PHONE");
        new Select(browser.findElement(By.id("f-track"))).selectByValue("CIVIC_ACTIVITY");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("f-topic-FUNDING"))).click();
        WebElement text = browser.findElement(By.id("f-summary"));
        text.clear();
        text.sendKeys(summary);
        browser.findElement(By.id("save")).click();
        wait.until(d -> d.findElement(By.id("consultation-list")).getText().contains(summary.substring(0, 10)));
        return summary;
    }

    /** The person's name as the realm file holds it: family name, then given name. */
    private static String realmName(String username) throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("kyodo.root", ".."), "idp", "kyodo-realm.json"));
             JsonReader reader = Json.createReader(in)) {
            for (JsonValue user : reader.readObject().getJsonArray("users")) {
                JsonObject u = user.asJsonObject();
                if (username.equals(u.getString("username"))) {
                    return u.getString("lastName") + " " + u.getString("firstName");
                }
            }
        }
        throw new IllegalStateException("no " + username + " in the realm");
    }

    /** How many times the server refreshed a portal session's tokens. */
    private static long refreshes() throws Exception {
        try (Connection c = Database.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(SUM(version), 0) FROM portal_session")) {
            r.next();
            return r.getLong(1);
        }
    }
}
