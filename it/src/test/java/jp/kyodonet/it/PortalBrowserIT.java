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
        browser = startChromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** A headless Debian Chromium with its own profile. */
    static WebDriver startChromium() throws Exception {
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
        return new ChromeDriver(service, options);
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
        // the assignee is picked from the staff directory: the staff member who signed in above is in it
        wait.until(d -> new Select(d.findElement(By.id("m-assignee"))).getOptions().size() > 1);
        new Select(browser.findElement(By.id("m-assignee"))).selectByValue("demo-tsuzuki-centre-staff");
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
    void aWardRefersAConsultationAndTheOtherWardAcceptsItInItsInbox() {
        String summary = "ブラウザで紹介する相談 " + UUID.randomUUID();
        String excerpt = summary.substring(0, 20);

        // ward A (kanagawa) records a consultation and refers it to ward B (hodogaya), without contact consent
        signIn("kanagawa", "centre-staff");
        click("new-consultation");
        type("f-requesterName", "紹介 次郎");
        type("f-requesterContact", "jiro@example.jp");
        click("f-topic-PEOPLE");
        type("f-summary", summary);
        click("save");
        wait.until(d -> "RECEIVED".equals(d.findElement(By.id("detail-status")).getAttribute("data-status")));
        click("act-refer");
        new Select(browser.findElement(By.id("r-toCentre"))).selectByValue("hodogaya");
        assertEquals(summary, browser.findElement(By.id("r-summary")).getAttribute("value"),
                "the summary for the receiver starts from the consultation's");
        click("confirm-refer");
        wait.until(d -> d.findElement(By.id("consultation-referral-list")).getText().contains("回答待ち"));
        click("sign-out");

        // ward B sees it in its inbox and accepts it; the linked consultation opens
        signIn("hodogaya", "centre-staff");
        wait.until(d -> d.findElement(By.id("inbox-count")).isDisplayed());
        click("nav-referrals");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#referral-list tbody tr[data-id]")).stream()
                .filter(r -> r.getText().contains(excerpt)).findFirst().orElse(null));
        row.click();
        wait.until(d -> d.findElement(By.id("referral-fields")).getText().contains("神奈川区"));
        String card = browser.findElement(By.id("referral-fields")).getText();
        assertFalse(card.contains("jiro@example.jp") || card.contains("紹介 次郎"), "no contact without consent: " + card);
        click("accept-referral");
        wait.until(d -> "ACCEPTED".equals(d.findElement(By.id("referral-status-badge")).getAttribute("data-status")));
        click("open-linked");
        wait.until(d -> d.findElement(By.id("detail-fields")).getText().contains(summary));
        assertTrue(browser.findElement(By.id("detail-fields")).getText().contains("他センターからの紹介"));
        assertFalse(browser.findElement(By.id("detail-fields")).getText().contains("jiro@example.jp"));
        click("sign-out");

        // ward A sees the status change on its consultation and in its sent box
        signIn("kanagawa", "centre-staff");
        type("filter-q", excerpt + Keys.ENTER);
        openRow(excerpt);
        wait.until(d -> d.findElement(By.id("consultation-referral-list")).getText().contains("受け入れ"));
        click("nav-referrals");
        new Select(browser.findElement(By.id("referral-box"))).selectByValue("outgoing");
        wait.until(d -> d.findElements(By.cssSelector("#referral-list tbody tr[data-id]")).stream()
                .anyMatch(r -> r.getText().contains(excerpt) && "ACCEPTED".equals(r.getAttribute("data-status"))));
    }

    @Test
    void aManagerImportsAKintoneExportAndSeesTheRowsListed() throws Exception {
        String marker = "画面から取り込み " + UUID.randomUUID().toString().substring(0, 8);
        java.nio.file.Path file = Files.createTempFile("kintone", ".csv");
        Files.writeString(file, "レコード番号,受付日,相談経路,相談者区分,相談者名,相談区分,分野,相談内容\r\n"
                + "1,2025/7/1,電話,市民,取込 太郎,市民活動に関する相談,資金," + marker + "\r\n");
        signIn("aoba", "centre-manager");
        click("import-csv");
        browser.findElement(By.id("import-file")).sendKeys(file.toString());
        click("confirm-import");
        wait.until(d -> d.findElement(By.id("import-result")).isDisplayed());
        assertTrue(browser.findElement(By.id("import-result")).getText().contains("1件を取り込みました"));
        type("filter-q", marker + Keys.ENTER);
        wait.until(d -> d.findElement(By.id("consultation-list")).getText().contains(marker));
    }

    @Test
    void aCentreRegistersAnOrganisationThroughHearingAndRequirements() {
        String name = "画面から登録する団体 " + UUID.randomUUID().toString().substring(0, 8);
        signIn("seya", "centre-staff");
        click("nav-organisations");
        wait.until(d -> "true".equals(d.findElement(By.id("organisation-list")).getAttribute("data-loaded")));
        click("new-organisation");
        type("o-name", name);
        new Select(browser.findElement(By.id("o-legalForm"))).selectByValue("NPO_CORPORATION");
        type("o-representative", "瀬谷 代表");
        type("o-contact", "seya-npo@example.jp");
        click("o-field-ENVIRONMENT");
        click("o-mailingConsent");
        click("org-save");
        wait.until(d -> "APPLIED".equals(d.findElement(By.id("org-status")).getAttribute("data-status")));
        click("org-act-hearing");
        type("h-collaboration", "区役所と里山保全を進めたい");
        click("org-confirm-move");
        wait.until(d -> "HEARING_DONE".equals(d.findElement(By.id("org-status")).getAttribute("data-status")));

        // one requirement unchecked: refused with the requirement named, nothing changes
        click("org-act-register");
        // the centre's own requirements (the defaults: 非営利性, 自主性, 公益性)
        click("r-req-NON_PROFIT");
        click("r-req-AUTONOMOUS");
        click("org-confirm-move");
        wait.until(d -> d.findElement(By.id("org-move-errors")).getText().contains("公益性"));
        click("r-req-PUBLIC_BENEFIT");
        click("org-confirm-move");
        wait.until(d -> "REGISTERED".equals(d.findElement(By.id("org-status")).getAttribute("data-status")));
        assertTrue(browser.findElement(By.id("org-fields")).getText().matches("(?s).*\\d{4}-\\d{3}.*"),
                "a registration number is shown");
        wait.until(d -> d.findElement(By.id("organisation-list")).getText().contains(name));
    }

    @Test
    void aWardBooksARoomAndASecondBrowserOnThePublicPageSeesItTakenWithoutReloading() throws Exception {
        String room = Bookings.createSpace(Tokens.of("izumi", "centre-manager"),
                Bookings.room("いずみ会議室 " + UUID.randomUUID().toString().substring(0, 6), b -> { })).getString("id");
        String date = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(12).toString();
        WebDriver visitor = startChromium();
        try {
            WebDriverWait visitorWait = new WebDriverWait(visitor, Duration.ofSeconds(30));
            // the public page redraws its grid every few seconds: a cell found just before a redraw is stale
            visitorWait.ignoring(StaleElementReferenceException.class);
            visitor.get(Api.BASE + "/availability.html?centre=izumi&date=" + date);
            By publicCell = By.cssSelector("#public-grid tr[data-space='" + room + "'] td[data-time='10:00']");
            visitorWait.until(d -> "free".equals(d.findElement(publicCell).getAttribute("class")));
            assertEquals(0, visitor.findElements(By.id("signin-form")).size(), "no sign-in on the public page");

            signIn("izumi", "centre-staff");
            click("nav-bookings");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "const d = document.getElementById('bk-date'); d.value = arguments[0];"
                            + " d.dispatchEvent(new Event('change'));", date);
            By staffCell = By.cssSelector("#bk-grid tr[data-space='" + room + "'] td[data-time='10:00']");
            wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> "free".equals(d.findElement(staffCell).getAttribute("class")));
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                d.findElement(staffCell).click();
                return d.findElement(By.id("bk-editor")).isDisplayed();
            });
            new Select(browser.findElement(By.id("b-bookerKind"))).selectByValue("CENTRE_INTERNAL");
            type("b-bookerName", "泉区センター主催 講座");
            click("bk-save");
            wait.until(d -> d.findElement(By.id("bk-list")).getText().contains("泉区センター主催 講座"));

            // the visitor's page refreshes itself: the unit turns taken, and no booker is shown
            visitorWait.until(d -> "taken".equals(d.findElement(publicCell).getAttribute("class")));
            assertFalse(visitor.getPageSource().contains("泉区センター主催"), "no booker on the public page");

            // the manager changes the room's capacity in the set-up, and the public page shows it
            click("sign-out");
            signIn("izumi", "centre-manager");
            click("nav-bookings");
            WebElement edit = wait.until(d -> d.findElements(By.cssSelector("#space-list tr[data-id='" + room + "'] button"))
                    .stream().findFirst().orElse(null));
            edit.click();
            type("s-capacity", "12");
            click("space-save");
            visitorWait.until(d -> d.findElement(By.cssSelector("#public-grid tr[data-space='" + room + "'] th")).getText()
                    .contains("12"));
        } finally {
            visitor.quit();
        }
    }

    @Test
    void theCalendarShowsTheMonthOpensASessionAndBooksARoomFromAFreeDayOfTheWeek() {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String staff = Tokens.of("kanazawa", "centre-staff");
        var programme = Programmes.recruiting(staff, "暦で開く講座 " + mark, 2026, Programmes.inDays(1), 12);
        String roomName = "暦の会議室 " + mark;
        String space = Bookings.createSpace(Tokens.of("kanazawa", "centre-manager"), Bookings.room(roomName, b -> { }))
                .getString("id");
        signIn("kanazawa", "centre-staff");
        click("nav-calendar");
        wait.until(d -> "true".equals(d.findElement(By.id("cal-grid")).getAttribute("data-loaded")));
        if (Programmes.inDays(1).getMonthValue() != Programmes.inDays(0).getMonthValue()) {
            click("cal-next"); // tomorrow is in next month's page
            wait.until(d -> "true".equals(d.findElement(By.id("cal-grid")).getAttribute("data-loaded")));
        }
        WebElement session = wait.until(d -> d.findElements(By.cssSelector("#cal-grid td[data-date='" + Programmes.inDays(1)
                + "'] button[data-type=SESSION]")).stream().filter(b -> b.getText().contains(mark)).findFirst().orElse(null));
        session.click();
        wait.until(d -> programme.getString("id").equals(d.findElement(By.id("pg-detail")).getAttribute("data-id")));

        // the week of rooms: a free day of the new room opens that day's grid, where a free slot is booked
        click("nav-calendar");
        new Select(browser.findElement(By.id("cal-view"))).selectByValue("week");
        String day = Programmes.inDays(1).toString();
        WebElement free = wait.until(d -> d.findElements(By.cssSelector("#cal-grid tr[data-space='" + space + "'] td[data-date='"
                + day + "'] button.cal-free")).stream().findFirst().orElse(null));
        free.click();
        wait.until(d -> day.equals(d.findElement(By.id("bk-date")).getAttribute("value"))
                && "true".equals(d.findElement(By.id("bk-grid")).getAttribute("data-loaded")));
        browser.findElement(By.cssSelector("#bk-grid tr[data-space='" + space + "'] td.free")).click();
        wait.until(d -> d.findElement(By.id("bk-editor")).isDisplayed());
        assertEquals(day, browser.findElement(By.id("b-date")).getAttribute("value"));
        assertEquals(space, browser.findElement(By.id("b-spaceId")).getAttribute("value"));
    }

    @Test
    void thePublicListingShowsSeveralCentresEventsOnAPhoneWithoutScrollingSideways() {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        var aoba = Programmes.recruiting(Tokens.of("aoba", "centre-staff"), "青葉の講座 " + mark, 2026, Programmes.inDays(2), 12);
        var naka = Programmes.recruiting(Tokens.of("naka", "centre-staff"), "中区のとても長い名前の交流イベント・地域の担い手が出会う夕べ " + mark,
                2026, Programmes.inDays(2), 8);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(Api.BASE + "/events.html?to=" + Programmes.inDays(14));
            wait.until(d -> "true".equals(d.findElement(By.id("ev-list")).getAttribute("data-loaded")));
            wait.until(d -> d.findElement(By.id("ev-list")).getText().contains("青葉の講座 " + mark));
            String list = browser.findElement(By.id("ev-list")).getText();
            assertTrue(list.contains(naka.getString("name")), list);
            assertTrue(browser.findElements(By.cssSelector("#ev-list li[data-centre=aoba]")).size() >= 1);
            assertTrue(browser.findElements(By.cssSelector("#ev-list li[data-centre=naka]")).size() >= 1);
            long width = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth;");
            long viewport = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.clientWidth;");
            assertTrue(width <= viewport, "no sideways scrolling at 390 px: " + width + " > " + viewport);
            // the centre filter keeps to one centre and offers its calendar feed; the address keeps the filter
            new Select(browser.findElement(By.id("ev-centre"))).selectByValue("aoba");
            wait.until(d -> d.findElements(By.cssSelector("#ev-list li[data-centre=naka]")).isEmpty());
            assertTrue(browser.getCurrentUrl().contains("centre=aoba"), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("ev-feed-link")).getAttribute("href").endsWith("/public/centres/aoba/events.ics"));
            // an event opens its registration page
            browser.findElement(By.linkText("青葉の講座 " + mark)).click();
            wait.until(d -> d.findElement(By.id("pp-name")).getText().equals(aoba.getString("name")));
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void aPersonRegistersOnThePublicPageAttendsAnswersTheSurveyAndStaffSeeTheResult() {
        String name = "ヨコラボ交流会 " + UUID.randomUUID().toString().substring(0, 6);
        // a session of today that has begun (00:00): its survey opens to those present
        var programme = Programmes.recruiting(Tokens.of("asahi", "centre-staff"), name, 2026, Programmes.inDays(0),
                "00:00", "00:01", 20);
        String programmeId = programme.getString("id");

        // the person registers on the public page, without an account
        browser.get(Api.BASE + "/programme.html?centre=asahi&id=" + programmeId);
        wait.until(d -> d.findElement(By.id("pp-name")).getText().equals(name));
        type("pp-name-input", "公開 申込子");
        type("pp-contact", "moushikomi@example.jp");
        click("pp-consent");
        click("pp-submit");
        wait.until(d -> "REGISTERED".equals(d.findElement(By.id("pp-receipt")).getAttribute("data-status")));
        String surveyLink = browser.findElement(By.id("pp-survey-link")).getAttribute("href");

        // staff mark attendance in the grid
        signIn("asahi", "centre-staff");
        click("nav-programmes");
        openRowIn("programme-list", name);
        openRowIn("session-list", name + " 第1回");
        WebElement present = wait.until(d -> d.findElements(By.cssSelector("#registration-list tbody tr")).stream()
                .filter(r -> r.getText().contains("公開 申込子")).findFirst()
                .map(r -> r.findElement(By.cssSelector("input[type=checkbox]"))).orElse(null));
        present.click();
        click("attendance-save");
        wait.until(d -> d.findElements(By.cssSelector("#registration-list input[type=checkbox]:checked")).size() == 1);

        // the person answers the survey from the link
        browser.get(surveyLink);
        wait.until(d -> d.findElement(By.id("sv-programme")).getText().equals(name));
        new Select(browser.findElement(By.id("sv-satisfaction"))).selectByValue("4");
        click("sv-understanding");
        type("sv-comment", "他の団体と知り合えた");
        click("sv-submit");
        wait.until(d -> d.findElement(By.id("sv-thanks")).isDisplayed());

        // staff see the result
        signIn("asahi", "centre-staff");
        click("nav-programmes");
        openRowIn("programme-list", name);
        openRowIn("session-list", name + " 第1回");
        wait.until(d -> d.findElement(By.id("session-results")).getText().contains("他の団体と知り合えた"));
        assertTrue(browser.findElement(By.id("session-results")).getText().contains("4.00"));
    }

    @Test
    void aProposalBecomesASignedContractBothSidesGradeAndThePublishedSheetMarksTheDivergence() {
        String title = "協働の居場所づくり " + UUID.randomUUID().toString().substring(0, 8);
        signIn("tsurumi", "centre-manager");
        click("nav-collaboration");
        type("pr-title", title);
        type("pr-summary", "空き店舗で多世代の居場所を運営したい");
        type("pr-proposerName", "ブラウザ提案の会");
        click("proposal-save");
        waitForStatus("pd-status", "SUBMITTED");
        for (String[] step : new String[][] {{"UNDER_REVIEW", ""}, {"ADOPTED", "地域の課題に合致する"}, {"CONTRACT_NEGOTIATION", ""}}) {
            new Select(browser.findElement(By.id("pm-to"))).selectByValue(step[0]);
            type("pm-reason", step[1]);
            click("pm-save");
            waitForStatus("pd-status", step[0]);
        }
        // the contract is drawn up from the proposal, then signed, run and ended
        type("dc-division", "地域振興課");
        type("dc-cityParty", "鶴見区地域振興課");
        type("dc-purpose", "多世代の居場所を協働で運営する");
        type("dc-amount", "250000");
        setValue("dc-periodFrom", Collaborations.today().minusMonths(1).toString());
        setValue("dc-periodTo", Collaborations.today().plusMonths(1).toString());
        type("dc-areas", "居場所の運営\n広報");
        click("dc-save");
        waitForStatus("ctd-status", "DRAFTING");
        click("ct-sign");
        waitForStatus("ctd-status", "SIGNED");
        click("ct-start");
        waitForStatus("ctd-status", "ACTIVE");
        click("ct-end");
        waitForStatus("ctd-status", "ENDED");

        // the centre opens the sheet; the 行政 column is the ward office's, not the centre's
        click("ev-open");
        wait.until(d -> "true".equals(d.findElement(By.id("sheet-grid")).getAttribute("data-loaded")));
        assertTrue(browser.findElements(By.id("sg-city-0")).isEmpty(), "centre staff do not grade as the city");
        assertTrue(browser.findElements(By.id("sg-partner-0")).isEmpty(), "nor as the partner: it has its link");
        signInOffice("tsurumi", "ward-officer");
        type("cb-q", title + Keys.ENTER);
        openRowIn("project-list", title);
        openRowIn("contract-list", "ブラウザ提案の会");
        openRowIn("evaluation-list", "");
        wait.until(d -> d.findElement(By.id("sg-city-16")).isEnabled());
        for (int i = 0; i < 17; i++) {
            new Select(browser.findElement(By.id("sg-city-" + i))).selectByValue(i == 0 ? "C" : "B");
        }
        type("sa-city-0", "市側: 会場の確保で協力できた");
        type("sl-city-0", "会場の確保");
        type("sh-organisation", "鶴見区 地域振興課");
        type("sh-rater", "地域振興課長 鶴見");
        type("sh-contact", "045-510-0000");
        click("sh-submit");
        wait.until(d -> !d.findElement(By.id("sg-city-0")).isEnabled());
        String partnerLink = browser.findElement(By.id("sh-partner-link")).getAttribute("href");

        // the partner fills its own column from the link, without an account
        browser.get(partnerLink);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ev-partner-16")));
        assertEquals("C", browser.findElement(By.cssSelector("#ev-grid tr[data-index='0'] td:nth-child(4)")).getText(),
                "the city's submitted grade shows, read-only");
        for (int i = 0; i < 17; i++) {
            new Select(browser.findElement(By.id("ev-partner-" + i))).selectByValue(i == 0 ? "A" : "B");
        }
        type("ev-note-0", "団体側: 運営は順調");
        type("ev-role-0", "居場所の運営");
        type("ev-organisation", "ブラウザ提案の会");
        type("ev-rater", "代表 提案");
        type("ev-contact", "teian@example.jp");
        click("ev-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ev-notice")));
        // both have submitted: part 3 is written together, here by the partner
        type("ev-joint-0", "相互検証: 会場と運営の分担がうまくいった");
        click("ev-joint-save");
        wait.until(d -> d.findElement(By.id("ev-areas")).getText().contains("団体等（代表 提案）"));

        // the manager publishes; the public sheet marks A against C
        signIn("tsurumi", "centre-manager");
        click("nav-collaboration");
        type("cb-q", title + Keys.ENTER);
        openRowIn("project-list", title);
        openRowIn("contract-list", "ブラウザ提案の会");
        openRowIn("evaluation-list", "");
        waitForStatus("sh-status", "COMPLETED");
        click("sh-publish");
        waitForStatus("sh-status", "PUBLISHED");
        browser.get(browser.findElement(By.id("sh-public-link")).getAttribute("href"));
        wait.until(d -> "true".equals(d.findElement(By.id("ev-grid")).getAttribute("data-loaded")));
        WebElement first = browser.findElement(By.cssSelector("#ev-grid tr[data-index='0']"));
        assertTrue(first.getAttribute("class").contains("diverges"), first.getText());
        assertTrue(first.getText().contains("◆"));
        assertFalse(browser.findElement(By.cssSelector("#ev-grid tr[data-index='1']")).getAttribute("class").contains("diverges"));
        String published = browser.findElement(By.id("ev-areas")).getText();
        assertTrue(published.contains("団体側: 運営は順調"), published);
        assertTrue(published.contains("相互検証: 会場と運営の分担がうまくいった"), "part 3 is published with the sheet");
        assertTrue(published.contains("居場所の運営") && published.contains("会場の確保"), "the 別紙 roles of both sides");
        assertTrue(published.contains("地域振興課長 鶴見") && published.contains("代表 提案"), "part 1's 記入者");
    }

    @Test
    void aBureauOfficerAnswersTheSurveyAndTheDivisionSeesItAnsweredAndPrintsTheReport() {
        // the division opens a year's survey (through the API, as in the portal's form)
        jakarta.json.JsonObject survey = Surveys.open();
        int year = survey.getInt("fiscalYear");
        String project = "ブラウザ照会の事業 " + UUID.randomUUID().toString().substring(0, 8);

        // 市民局's officer signs in, finds the survey, adds a project with two contracts and submits
        signInOffice("city", "bureau-officer");
        wait.until(d -> "true".equals(d.findElement(By.id("sv-list")).getAttribute("data-loaded")));
        assertTrue(browser.findElement(By.id("centre-name")).getText().contains("市民局"), "the officer's place is the bureau");
        assertTrue(browser.findElement(By.id("cb-proposals")).getAttribute("hidden") != null, "no proposals: personal data");
        openRowIn("sv-list", "令和" + (year - 2018) + "年度");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sv-answer")));
        assertTrue(browser.findElement(By.id("sv-answer-title")).getText().contains("市民局"));
        click("sv-add-row");
        type("sr-division", "地域活動推進課");
        type("sr-name", project);
        type("sr-partners", "NPO法人ブラウザ");
        click("sr-contracted");
        type("sr-count", "2");
        new Select(browser.findElement(By.id("sr-form"))).selectByValue("COMMISSION");
        new Select(browser.findElement(By.id("sr-origin"))).selectByValue("ARTICLE_9");
        click("sr-save");
        wait.until(d -> d.findElement(By.id("sv-rows")).getText().contains(project));
        click("sv-submit");
        wait.until(d -> d.findElement(By.id("sv-answer-status")).getText().contains("提出済み"));

        // the division sees 市民局 answered, closes the survey, and prints the report
        signInOffice("city", "hq-analyst");
        wait.until(d -> "true".equals(d.findElement(By.id("sv-list")).getAttribute("data-loaded")));
        openRowIn("sv-list", "令和" + (year - 2018) + "年度");
        wait.until(d -> d.findElement(By.id("sv-answers")).getText().contains("市民局"));
        WebElement answered = browser.findElements(By.cssSelector("#sv-answers tbody tr")).stream()
                .filter(r -> r.getText().startsWith("市民局")).findFirst().orElseThrow();
        assertTrue(answered.getText().contains("提出済み"), answered.getText());
        click("sv-close");
        wait.until(d -> d.findElement(By.id("sv-survey-status")).getText().contains("締切済み"));
        browser.get(Api.BASE + "/report.html?fiscalYear=" + year);
        wait.until(d -> "true".equals(d.findElement(By.id("rp-fields")).getAttribute("data-loaded")));
        assertTrue(browser.findElement(By.id("rp-contract-list")).getText().contains(project));
        assertTrue(browser.findElement(By.id("rp-s2-contracts")).getText().contains("1事業（2件）"),
                browser.findElement(By.id("rp-s2-contracts")).getText());
        String pdf = browser.findElement(By.id("rp-pdf")).getAttribute("href");
        assertTrue(pdf.endsWith("report.pdf?fiscalYear=" + year), pdf);
        assertTrue(Api.getBytes("/public/collaboration/report.pdf?fiscalYear=" + year, null, 200).length > 10_000);
    }

    @Test
    void aWardPublishesACaseAnotherWardFindsItAndTheCoordinatorRunsAMeetingWithFrozenMaterials() {
        String title = "町内会とNPOの夏祭り " + UUID.randomUUID().toString().substring(0, 8);
        // a ward writes the case, confirms the checklist and submits; its manager approves and publishes
        signIn("kanazawa", "centre-staff");
        click("nav-network");
        type("cs-title", title);
        type("cs-theme", "自治会町内会とNPOの協働");
        type("cs-whatWasDone", "夏祭りの運営をNPOと分担した");
        browser.findElements(By.cssSelector(".cs-check")).forEach(WebElement::click);
        click("case-save");
        waitForStatus("cd-status", "DRAFT");
        click("cd-submit");
        waitForStatus("cd-status", "SUBMITTED");
        signIn("kanazawa", "centre-manager");
        click("nav-network");
        new Select(browser.findElement(By.id("nw-library"))).selectByValue("mine");
        openRowIn("case-list", title);
        click("cd-approve");
        waitForStatus("cd-status", "APPROVED");
        click("cd-publish");
        waitForStatus("cd-status", "NETWORK");

        // another ward finds it in the library
        signIn("isogo", "centre-staff");
        click("nav-network");
        type("nw-q", title + Keys.ENTER);
        openRowIn("case-list", title);
        wait.until(d -> d.findElement(By.id("cd-title")).getText().equals(title));

        // the coordinator plans a meeting, records attendance, generates the materials and freezes them
        signIn("city", "network-coordinator");
        click("nav-network");
        String meeting = "ネットワーク会議 " + UUID.randomUUID().toString().substring(0, 8);
        type("mf-title", meeting);
        type("mf-theme", "事例共有");
        click("mf-save");
        wait.until(d -> d.findElement(By.id("md-title")).getText().equals(meeting));
        type("at-kanazawa-WARD_OFFICE", "2");
        type("at-isogo-CENTRE_STAFF", "1");
        click("at-save");
        wait.until(d -> "2".equals(d.findElement(By.id("at-kanazawa-WARD_OFFICE")).getAttribute("value"))
                && d.findElement(By.id("mt-figures")).getText().contains("3"));
        click("mt-generate");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#materials-list button.show"))).click();
        wait.until(d -> d.findElement(By.id("materials-view")).getText().contains("資料2"));
        assertTrue(browser.findElement(By.id("materials-view")).getText().contains("金沢"), "every centre's figures on the page");
        WebElement freeze = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#materials-list button.freeze")));
        freeze.click();
        wait.until(d -> d.findElements(By.cssSelector("#materials-list td[data-official='true']")).size() == 1);
        assertTrue(browser.findElements(By.cssSelector("#materials-list button.freeze")).isEmpty(), "frozen: no second official");
    }

    @Test
    void aWardManagerSetsATargetCreatesRecordsSeesTheDashboardMoveAndHqSeesTheWardFigure() {
        signIn("tsuzuki", "centre-manager");
        click("nav-kpi");
        // the table is drawn again when its data arrives: read the cell inside the wait, a stale one is read again
        String rule = wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                By.cssSelector("#kpi-table tr[data-code='consultations.activity'] td")).getAttribute("title"));
        assertTrue(rule.contains("施設利用・簡単な問い合わせ"), "the rule is the tooltip");
        String value = String.valueOf(300 + new java.util.Random().nextInt(600));
        type("kpi-value-consultations.activity", value);
        browser.findElement(By.cssSelector("#kpi-table tr[data-code='consultations.activity'] button")).click();
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                By.cssSelector("#kpi-table tr[data-code='consultations.activity']")).getText().contains("都筑"));

        // the dashboard shows the year to date against the target just set, with a light and last year beside it
        click("nav-dashboard");
        wait.until(d -> "true".equals(d.findElement(By.id("dash-table")).getAttribute("data-loaded")));
        String row = "#dash-table tr[data-code='consultations.activity']";
        assertEquals(value, cellText(row, 4).replace(",", ""), "the target is shown");
        assertTrue(browser.findElement(By.cssSelector(row + " td:nth-child(5)")).getAttribute("data-light")
                .matches("GREEN|AMBER|RED"), "a light against the target");
        int before = Integer.parseInt(cellText(row, 2).replace(",", ""));
        browser.findElement(By.cssSelector(row)).click();
        wait.until(d -> d.findElement(By.id("dash-trend-name")).getText().contains("活動相談"));
        assertEquals(2, browser.findElements(By.cssSelector("#dash-months tbody tr")).size(), "this year and last year as a table");

        // two new activity consultations move the figure
        for (int n = 0; n < 2; n++) {
            click("nav-consultations");
            click("new-consultation");
            type("f-requesterName", "ダッシュボード 確認" + n);
            new Select(browser.findElement(By.id("f-track"))).selectByValue("CIVIC_ACTIVITY");
            click("f-topic-FUNDING");
            type("f-summary", "ダッシュボードが動くことの確認 " + UUID.randomUUID());
            click("save");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        }
        click("nav-dashboard");
        String after = String.valueOf(before + 2);
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            if (after.equals(cellText(row, 2).replace(",", ""))) {
                return true;
            }
            setValue("dash-year", browser.findElement(By.id("dash-year")).getAttribute("value"));
            return false;
        });

        // HQ sees the ward's figure in the city view and drills down to the ward's dashboard
        browser.get(Api.BASE + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
        new Select(browser.findElement(By.id("centre"))).selectByValue("city");
        new Select(browser.findElement(By.id("role"))).selectByValue("hq-analyst");
        click("sign-in");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-hq"))).click();
        wait.until(d -> "true".equals(d.findElement(By.id("city-table")).getAttribute("data-loaded")));
        setValue("city-code", "consultations.activity");
        String ward = "#city-table tr[data-centre='tsuzuki']";
        wait.ignoring(StaleElementReferenceException.class).until(d -> after.equals(cellText(ward, 3).replace(",", "")));
        assertEquals(value, cellText(ward, 5).replace(",", ""), "the ward's target beside its figure");
        assertEquals(19, browser.findElements(By.cssSelector("#city-table tbody tr")).size(), "every centre side by side");
        browser.findElement(By.cssSelector(ward + " a")).click();
        wait.until(d -> d.findElement(By.id("dash-centre-name")).getText().contains("都筑"));
        wait.ignoring(StaleElementReferenceException.class).until(d -> after.equals(cellText(row, 2).replace(",", "")));
    }

    private static String cellText(String rowSelector, int column) {
        return browser.findElement(By.cssSelector(rowSelector + " td:nth-child(" + column + ")")).getText().trim();
    }

    /** Waits for a status badge; on a timeout the message names the errors the page shows. */
    private static void waitForStatus(String id, String status) {
        try {
            wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> status.equals(d.findElement(By.id(id)).getAttribute("data-status")));
        } catch (org.openqa.selenium.TimeoutException e) {
            String shown = browser.findElements(By.cssSelector(".error:not([hidden])")).stream().map(WebElement::getText)
                    .filter(text -> !text.isBlank()).reduce("", (a, b) -> a + " | " + b);
            throw new AssertionError("waiting for " + id + " = " + status + "; the page shows: " + shown, e);
        }
    }

    private static void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                        + " e.dispatchEvent(new Event('change'));", id, value);
    }

    /** Clicks the row of table {@code tableId} holding {@code text}, again if the table was redrawn. */
    private static void openRowIn(String tableId, String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement row = d.findElements(By.cssSelector("#" + tableId + " tbody tr[data-id]")).stream()
                    .filter(r -> r.getText().contains(text)).findFirst().orElse(null);
            if (row == null) {
                return false;
            }
            row.click();
            return true;
        });
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

    /** Signs in as the city government's officer (no consultations: the portal opens on the collaboration page). */
    private static void signInOffice(String centre, String role) {
        browser.get(Api.BASE + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
        new Select(browser.findElement(By.id("centre"))).selectByValue(centre);
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        click("sign-in");
        // the ward and bureau officers land on their inbox, the division (HQ) on the city's figures; the collaboration
        // page is one click away
        By landing = By.id(role.equals("hq-analyst") ? "city-table" : "inbox-list");
        wait.until(d -> "true".equals(d.findElement(landing).getAttribute("data-loaded")));
        click("nav-collaboration");
        wait.until(d -> "true".equals(d.findElement(By.id("project-list")).getAttribute("data-loaded")));
    }

    @Test
    void staffOpenTheirInboxAfterSignInAndActOnAReferralWhichThenLeavesIt() {
        String staffA = Tokens.of("konan", "centre-staff");
        String summary = "受信箱ブラウザ " + UUID.randomUUID().toString().substring(0, 8);
        String consultation = Api.post("/consultations", staffA, Consultations.intake(summary)).json().getString("id");
        String referral = Referrals.send(staffA, consultation, "isogo", false).getString("id");

        browser.get(Api.BASE + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
        new Select(browser.findElement(By.id("centre"))).selectByValue("isogo");
        new Select(browser.findElement(By.id("role"))).selectByValue("centre-staff");
        click("sign-in");
        wait.until(d -> "true".equals(d.findElement(By.id("inbox-list")).getAttribute("data-loaded")));
        By row = By.cssSelector("#inbox-list tr[data-id='" + referral + "']");
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertTrue(item.getText().contains("紹介"), item.getText());
        item.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referral-detail")));
        click("accept-referral");
        wait.until(d -> Api.get("/referrals/" + referral, Tokens.of("isogo", "centre-staff")).json().getString("status")
                .equals("ACCEPTED"));
        click("nav-inbox");
        wait.until(d -> "true".equals(d.findElement(By.id("inbox-list")).getAttribute("data-loaded")));
        assertTrue(browser.findElements(row).isEmpty(), "answered: it has left the inbox");
    }

    @Test
    void aCentreReportsItsMailMagazineFigureAndSeesThePlansTargetsWithTheIndicatorsThatCountThem() {
        signIn("sakae", "centre-staff");
        click("nav-kpi");
        wait.until(d -> "true".equals(d.findElement(By.id("kpi-figures")).getAttribute("data-loaded")));
        assertEquals(12, browser.findElements(By.cssSelector("#kpi-plan tbody tr")).size(), "000's twelve targets");
        assertTrue(browser.findElement(By.id("kpi-plan")).getText().contains("メルマガ登録数の増加率: 5"));
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('kpi-figure-month').value = arguments[0]", month);
        String value = String.valueOf(3000 + new java.util.Random().nextInt(5000));
        type("kpi-figure-value", value);
        type("kpi-figure-note", "配信サービスの管理画面");
        browser.findElement(By.cssSelector("#kpi-figure-form button[type=submit]")).click();
        String shown = String.format(java.util.Locale.ROOT, "%,d", Integer.parseInt(value));
        wait.until(d -> d.findElements(By.cssSelector("#kpi-figures tbody tr")).stream()
                .anyMatch(r -> r.getText().contains(month) && r.getText().contains(shown)));
        // a month that has not come is refused, naming the field
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('kpi-figure-month').value = arguments[0]",
                java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")).plusMonths(2).toString());
        type("kpi-figure-value", "10");
        browser.findElement(By.cssSelector("#kpi-figure-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("kpi-figure-errors")).getText().contains("まだ来ていない月"));
    }

    @Test
    void aFileIsAttachedAndACommentTellsAColleagueFromTheConsultationsDetail() throws Exception {
        String staff = Tokens.of("kanazawa", "centre-staff");
        Api.get("/me", Tokens.of("kanazawa", "centre-manager")); // the manager is in the directory
        String summary = "添付とコメントの相談 " + UUID.randomUUID().toString().substring(0, 8);
        Api.post("/consultations", staff, Consultations.intake(summary));
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("kyodo-files");
        java.nio.file.Path rules = folder.resolve("会の規約.pdf");
        java.nio.file.Files.write(rules, RecordFilesIT.pdf(50_000));
        java.nio.file.Path renamed = folder.resolve("名簿.pdf");
        byte[] executable = new byte[3000];
        executable[0] = 'M';
        executable[1] = 'Z';
        java.nio.file.Files.write(renamed, executable);

        signIn("kanazawa", "centre-staff");
        type("filter-q", summary + Keys.ENTER);
        openRow(summary);
        wait.until(d -> "true".equals(d.findElement(By.id("detail-parts")).getAttribute("data-loaded")));
        // a renamed executable is refused next to the field, by its label
        browser.findElement(By.id("cp-file")).sendKeys(renamed.toString());
        browser.findElement(By.cssSelector("#detail-parts .file-form button[type=submit]")).click();
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cp-file-errors")));
        assertTrue(errors.getText().contains("ファイル：実行ファイルやスクリプトは添付できません"), errors.getText());
        assertEquals("true", browser.findElement(By.id("cp-file")).getAttribute("aria-invalid"));
        // a PDF is attached and listed with its size and who added it
        browser.findElement(By.id("cp-file")).sendKeys(rules.toString());
        browser.findElement(By.cssSelector("#detail-parts .file-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector("#detail-parts .file-list")).getText().contains("会の規約.pdf"));
        assertTrue(browser.findElement(By.cssSelector("#detail-parts .file-list")).getText().contains("49 KB"));
        // a comment that tells the manager
        type("cp-comment", "規約の写しを添付しました。確認をお願いします");
        browser.findElement(By.cssSelector("#detail-parts input[value='" + Tokens.subject("kanazawa", "centre-manager") + "']")).click();
        browser.findElement(By.cssSelector("#detail-parts .comment-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector("#detail-parts .comment-list")).getText().contains("確認をお願いします"));
        assertTrue(browser.findElement(By.cssSelector("#detail-parts .comment-list")).getText().contains("さんに通知"));
        String id = browser.findElement(By.id("detail")).getAttribute("data-id");
        assertTrue(Api.get("/inbox", Tokens.of("kanazawa", "centre-manager")).body().contains(id), "in the manager's inbox");
        click("sign-out");
    }

    @Test
    void aSortedFilteredListIsSavedAsAViewAndOpenedAgain() {
        signIn("konan", "centre-staff");
        click("filter-overdue");
        wait.until(d -> d.getCurrentUrl().contains("overdue=true"));
        browser.findElement(By.cssSelector("#consultation-list th:nth-child(6) button.sort")).click();
        wait.until(d -> d.getCurrentUrl().contains("sort=nextActionOn"));
        assertEquals("ascending", browser.findElement(By.cssSelector("#consultation-list th:nth-child(6)")).getAttribute("aria-sort"));
        String name = "超過を古い順 " + UUID.randomUUID().toString().substring(0, 4);
        type("sv-consultations-name", name);
        browser.findElements(By.cssSelector("#consultation-views button")).stream().filter(b -> b.getText().equals("この条件を保存"))
                .findFirst().orElseThrow().click();
        wait.until(d -> d.findElement(By.id("sv-consultations-choose")).getText().contains(name));
        // the plain list, then the view again
        browser.get(Api.BASE + "/portal.html#consultations");
        wait.until(d -> "true".equals(d.findElement(By.id("consultation-list")).getAttribute("data-loaded")));
        wait.until(d -> d.findElement(By.id("sv-consultations-choose")).getText().contains(name));
        new Select(browser.findElement(By.id("sv-consultations-choose"))).selectByVisibleText(name);
        wait.until(d -> d.getCurrentUrl().contains("overdue=true") && d.getCurrentUrl().contains("sort=nextActionOn"));
        wait.until(d -> d.findElement(By.id("filter-overdue")).isSelected());
        assertEquals("ascending", browser.findElement(By.cssSelector("#consultation-list th:nth-child(6)")).getAttribute("aria-sort"));
        click("sign-out");
    }

    private static void signIn(String centre, String role) {
        browser.get(Api.BASE + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
        new Select(browser.findElement(By.id("centre"))).selectByValue(centre);
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        click("sign-in");
        // a centre's people land on their inbox; the tests go on from the consultations page
        wait.until(d -> "true".equals(d.findElement(By.id("inbox-list")).getAttribute("data-loaded")));
        click("nav-consultations");
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
