package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as a person uses it, in Debian's headless Chromium: sign in as a ward, record a consultation,
 * see it listed, open and close it; then a second ward signed in does not see it.
 */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("kyodo-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void wardRecordsAConsultationThatAnotherWardDoesNotSee() {
        String summary = "ブラウザから記録した相談 " + UUID.randomUUID();
        String excerpt = summary.substring(0, 20);

        // reception: a staff member records the consultation and the initial hearing
        signIn("tsuzuki", "centre-staff");
        assertTrue(browser.findElement(By.id("centre-name")).getText().contains("都筑"),
                "the header names the centre");
        click("new-consultation");
        type("f-requesterName", "ブラウザ 花子");
        new Select(browser.findElement(By.id("f-channel"))).selectByValue("PHONE");
        new Select(browser.findElement(By.id("f-track"))).selectByValue("CIVIC_ACTIVITY");
        click("f-topic-FUNDING");
        click("f-topic-ACCOUNTING");
        type("f-summary", summary);
        click("save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        wait.until(d -> d.findElement(By.id("consultation-list")).getText().contains(excerpt));
        assertEquals("RECEIVED", browser.findElement(By.id("detail-status")).getAttribute("data-status"));
        assertFalse(browser.findElement(By.id("close-consultation")).isDisplayed(), "no closing before assignment");
        assertFalse(browser.findElement(By.id("act-assign")).isDisplayed(), "staff do not assign");
        click("act-hearing");
        type("m-note", "電話で状況を聞き取った");
        click("confirm-move");
        wait.until(d -> "INITIAL_HEARING".equals(d.findElement(By.id("detail-status")).getAttribute("data-status")));
        click("sign-out");

        // the manager finds it, assigns it, work starts, a case card is written, and it closes
        signIn("tsuzuki", "centre-manager");
        type("filter-q", excerpt + Keys.ENTER);
        openRow(excerpt);
        wait.until(d -> d.findElement(By.id("detail-fields")).getText().contains("ブラウザ 花子"));
        click("act-assign");
        type("m-assigneeName", "都筑 担当");
        type("m-assigneeSubject", "tsuzuki-tanto");
        click("confirm-move");
        wait.until(d -> "ASSIGNED".equals(d.findElement(By.id("detail-status")).getAttribute("data-status")));
        click("act-work");
        type("m-experts", "税理士");
        click("confirm-move");
        wait.until(d -> "IN_PROGRESS".equals(d.findElement(By.id("detail-status")).getAttribute("data-status")));
        click("act-card");
        type("m-note", "会計ソフトの候補を紹介した");
        type("m-nextAction", "決算書の確認");
        click("confirm-move");
        wait.until(d -> d.findElement(By.id("timeline")).getText().contains("会計ソフトの候補を紹介した"));
        click("close-consultation");
        new Select(browser.findElement(By.id("f-outcome"))).selectByValue("ORGANISATION_STRENGTHENED");
        click("confirm-close");
        wait.until(d -> "CLOSED".equals(d.findElement(By.id("detail-status")).getAttribute("data-status")));
        wait.until(d -> d.findElements(By.cssSelector("#timeline li")).size() == 6);
        String timeline = browser.findElement(By.id("timeline")).getText();
        for (String step : new String[] {"受付", "初期ヒアリング", "担当者の割り当て", "対応開始", "関わりカード", "終了"}) {
            assertTrue(timeline.contains(step), step + " in the timeline: " + timeline);
        }

        // the manager's audit page lists the reads of personal data
        click("nav-audit");
        wait.until(d -> "true".equals(d.findElement(By.id("audit-list")).getAttribute("data-loaded")));
        assertTrue(browser.findElement(By.id("audit-list")).getText().contains("個人情報の閲覧"));

        click("sign-out");
        signIn("izumi", "centre-staff");
        assertFalse(browser.findElement(By.id("consultation-list")).getText().contains(excerpt),
                "izumi does not see tsuzuki's consultation");
    }

    @Test
    void switchesBetweenJapaneseAndEnglish() {
        signIn("tsuzuki", "centre-staff");
        assertEquals("総合相談", browser.findElement(By.id("nav-consultations")).getText());
        click("lang-toggle");
        wait.until(d -> d.findElement(By.id("nav-consultations")).getText().equals("Consultations"));
        click("lang-toggle");
        wait.until(d -> d.findElement(By.id("nav-consultations")).getText().equals("総合相談"));
    }

    private static void signIn(String centre, String role) {
        browser.get(Api.BASE + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
        new Select(browser.findElement(By.id("centre"))).selectByValue(centre);
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        click("sign-in");
        wait.until(d -> "true".equals(d.findElement(By.id("consultation-list")).getAttribute("data-loaded")));
    }

    /** Clicks the consultation row holding {@code text}, again if the list was redrawn meanwhile. */
    private static void openRow(String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement row = d.findElements(By.cssSelector("#consultation-list tbody tr[data-id]")).stream()
                    .filter(r -> r.getText().contains(text)).findFirst().orElse(null);
            if (row == null) {
                return false;
            }
            row.click();
            return true;
        });
    }

    private static void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private static void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }
}
