package jp.kyodonet.it;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page and view, as each role that opens it and as the public, at a desk's width (1,366 px) and a phone's
 * (390 px), checked by axe-core against WCAG 2.1 A and AA (JIS X 8341-3:2016 follows WCAG 2.0 AA); and every
 * page, the portal's and the public's, measured for sideways scrolling on the phone. One test gathers every finding
 * before it fails, so one run lists all of them.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Dimension DESK = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    /** Centre and role of each kind of person who signs in (a ward's staff and manager, the city's roles, 行政). */
    private static final List<String[]> PEOPLE = List.of(
            new String[]{"isogo", "centre-staff"}, new String[]{"isogo", "centre-manager"},
            new String[]{"city", "network-coordinator"}, new String[]{"city", "hq-analyst"},
            new String[]{"tsurumi", "ward-officer"}, new String[]{"city", "bureau-officer"});

    /**
     * Views opened inside a page: what is clicked (a button, or a list's first row) and the element that shows the
     * view is open. Each page's records are made first (a consultation, an organisation, a programme with a
     * registration), so that the detail views are there to check.
     */
    private static final Map<String, List<String[]>> VIEWS = Map.of(
            "consultations", List.<String[]>of(new String[]{"#new-consultation", "editor"},
                    new String[]{"#consultation-list tbody tr[data-id]", "detail"}),
            "organisations", List.<String[]>of(new String[]{"#new-organisation", "org-editor"},
                    new String[]{"#organisation-list tbody tr[data-id]", "org-detail"}),
            "programmes", List.<String[]>of(new String[]{"#programme-list tbody tr[data-id]", "pg-detail"},
                    new String[]{"#session-list tbody tr[data-id]", "session-panel"}));

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String axeScript;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = PortalBrowserIT.startChromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageAndViewHasNoWcagViolationsAtADeskAndOnAPhone() {
        // records of the ward whose staff are checked, so that lists have rows and details open
        String staff = Tokens.of("isogo", "centre-staff");
        Api.Reply consultation = Api.post("/consultations", staff, Consultations.intake("アクセシビリティ確認の相談"));
        assertEquals(201, consultation.status(), consultation::toString);
        JsonObject programme = Programmes.recruiting(staff, "アクセシビリティ確認の講座", Collaborations.thisFiscalYear(),
                Programmes.inDays(7), 20);
        Programmes.registerPublicly("isogo", programme, "確認 花子", Programmes.freshAddress("a11y-staff"));
        Organisations.registered(Tokens.of("isogo", "centre-manager"), "アクセシビリティ確認の会", null, null);
        Map<String, List<String>> findings = new LinkedHashMap<>();
        List<String> sideways = new ArrayList<>();
        int views = 0;
        int pagesTimesRoles = 0;
        for (String[] person : PEOPLE) {
            for (Dimension size : List.of(DESK, PHONE)) {
                browser.manage().window().setSize(size);
                signIn(person[0], person[1]);
                List<String> pages = visiblePages();
                if (size == DESK) {
                    pagesTimesRoles += pages.size();
                }
                for (String page : pages) {
                    open(page);
                    views++;
                    check(person[1] + " " + page + " " + size.width, findings);
                    if (size == PHONE) {
                        long wide = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        if (wide > 0) {
                            sideways.add(person[1] + " " + page + ": " + wide + " px too wide");
                        }
                    }
                    for (String[] view : VIEWS.getOrDefault(page, List.of())) {
                        WebElement opener = browser.findElements(By.cssSelector(view[0])).stream()
                                .filter(WebElement::isDisplayed).findFirst().orElse(null);
                        if (opener == null) {
                            continue;
                        }
                        opener.click();
                        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(view[1])));
                        settle();
                        views++;
                        check(person[1] + " " + page + "/" + view[1] + " " + size.width, findings);
                    }
                }
            }
        }
        List<String> publicPages = publicPages();
        for (Dimension size : List.of(DESK, PHONE)) {
            browser.manage().window().setSize(size);
            for (String page : publicPages) {
                browser.get(Api.BASE + "/" + page);
                settle();
                views++;
                check("public " + page + " " + size.width, findings);
            }
        }
        System.out.printf("axe-core (WCAG 2.1 A/AA): %d views checked (%d pages × roles that open them at each of 2 widths, "
                + "%d public pages at 2 widths), %d with violations%n", views, pagesTimesRoles, publicPages.size(),
                findings.size());
        findings.forEach((view, rules) -> System.out.println("  " + view + ": " + rules));
        assertTrue(views >= 2 * (pagesTimesRoles + publicPages.size()), "every page of every role at both widths");
        System.out.println("portal pages that scroll sideways at 390 px: " + sideways);
        assertTrue(findings.isEmpty(), () -> findings.size() + " views with violations: " + findings);
        assertTrue(sideways.isEmpty(), () -> "the portal's pages scroll sideways on a phone: " + sideways);
    }

    @Test
    void noPublicPageScrollsSidewaysOnAPhone() {
        browser.manage().window().setSize(PHONE);
        List<String> wide = new ArrayList<>();
        List<String> pages = publicPages();
        for (String page : pages) {
            browser.get(Api.BASE + "/" + page);
            settle();
            sleep(300); // the last drawing's layout
            long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
            long viewport = (Long) js("return document.documentElement.clientWidth");
            System.out.printf("  %s at 390 px: page %d px wide in a %d px viewport%n", page, scrollWidth, viewport);
            if (scrollWidth > viewport) {
                wide.add(page + " is " + scrollWidth + " px wide in " + viewport + " px");
            }
        }
        browser.manage().window().setSize(DESK);
        assertTrue(wide.isEmpty(), () -> "pages that scroll sideways: " + wide);
    }

    @Test
    void aFormSubmittedEmptyNamesTheFieldsByTheirLabelsMarksThemAndFocusesTheFirst() {
        browser.manage().window().setSize(DESK);
        signIn("isogo", "centre-staff");
        open("consultations");
        browser.findElement(By.id("new-consultation")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor")));
        browser.findElement(By.id("save")).click();
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
        String text = errors.getText();
        assertTrue(text.contains("相談者名：必須項目です") && text.contains("概要：必須項目です") && text.contains("分野：必須項目です"), text);
        assertFalse(text.contains("requesterName") || text.contains("summary"), "no API field keys: " + text);
        assertEquals("assertive", errors.getAttribute("aria-live"));
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("f-requesterName", focused.getAttribute("id"), "the first field in error has the focus");
        assertEquals("true", focused.getAttribute("aria-invalid"));
        String note = browser.findElement(By.id(focused.getAttribute("aria-describedby"))).getText();
        assertEquals("必須項目です", note, "the field is described by its error");
        assertTrue(browser.findElement(By.cssSelector("#f-requesterName")).findElement(By.xpath(".."))
                .findElement(By.className("req")).isDisplayed(), "a required field is marked");
        // filled in, the marks go
        browser.findElement(By.id("f-requesterName")).sendKeys("記入 太郎");
        browser.findElement(By.id("f-summary")).sendKeys("キーボードで記入");
        browser.findElement(By.cssSelector("#f-topics input")).click();
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor")));
        browser.findElement(By.id("new-consultation")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor")));
        assertTrue(browser.findElements(By.cssSelector("#consultation-form [aria-invalid]")).isEmpty(), "a new form starts clean");
        assertTrue(browser.findElements(By.cssSelector("#consultation-form .field-error")).isEmpty());
    }

    @Test
    void aFreeSlotIsBookedWithTheKeyboardAloneAndTheRefreshKeepsTheFocus() {
        String manager = Tokens.of("sakae", "centre-manager");
        String name = "キーボード室 " + UUID.randomUUID().toString().substring(0, 6);
        String room = Bookings.createSpace(manager, Bookings.room(name, b -> { })).getString("id");
        java.time.LocalDate date = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(20);
        browser.manage().window().setSize(DESK);
        signIn("sakae", "centre-staff");
        open("bookings");
        js("const d = document.getElementById('bk-date'); d.value = '" + date + "'; d.dispatchEvent(new Event('change')); d.focus();");
        wait.until(d -> !d.findElements(By.cssSelector("#bk-grid tr[data-space='" + room + "'] button.slot")).isEmpty());
        // Tab from the day's field to the room's 10:00 slot, as a person without a mouse would
        WebElement slot = null;
        for (int i = 0; i < 2000 && slot == null; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement at = browser.switchTo().activeElement();
            if ("slot".equals(at.getAttribute("class")) && Boolean.TRUE.equals(js("return document.activeElement"
                    + ".closest('tr').dataset.space === '" + room + "' && document.activeElement.closest('td').dataset.time === '10:00'"))) {
                slot = at;
            }
        }
        assertTrue(slot != null, "the slot is reached with Tab");
        assertTrue(slot.getAttribute("aria-label").contains(name + " 10:00 空き"), slot.getAttribute("aria-label"));
        // someone else books the same room at 15:00: the grid redraws and the focus stays on the 10:00 slot
        Api.Reply other = Api.post("/bookings", Tokens.of("sakae", "centre-manager"), Bookings.internal(room, date, "15:00", "16:00", b -> { }));
        assertEquals(201, other.status(), other::toString);
        // asked in the page, not through an element found before: the redraw replaces the row's cells
        wait.until(d -> "taken".equals(js("return document.querySelector(\"#bk-grid tr[data-space='" + room
                + "'] td[data-time='15:00']\")?.className")));
        assertEquals(Boolean.TRUE, js("return document.activeElement.matches('button.slot') && document.activeElement.closest('tr')"
                + ".dataset.space === '" + room + "' && document.activeElement.closest('td').dataset.time === '10:00'"),
                "the focus is kept across the refresh");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bk-editor")));
        wait.until(d -> "b-bookerKind".equals(d.switchTo().activeElement().getAttribute("id")));
        for (int i = 0; i < 6 && !"CENTRE_INTERNAL".equals(browser.findElement(By.id("b-bookerKind")).getAttribute("value")); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        assertEquals("CENTRE_INTERNAL", browser.findElement(By.id("b-bookerKind")).getAttribute("value"));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("b-bookerName", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys("キーボードで予約した講座", Keys.ENTER);
        wait.until(d -> d.findElement(By.id("bk-list")).getText().contains("キーボードで予約した講座"));
        assertTrue(Api.get("/bookings?date=" + date, manager).body().contains("キーボードで予約した講座"));
    }

    /** The public pages with real records behind them: a recruiting programme, a registration, its survey. */
    private static List<String> publicPages() {
        String staff = Tokens.of("asahi", "centre-staff");
        JsonObject programme = Programmes.recruiting(staff, "アクセシビリティ確認講座 " + UUID.randomUUID().toString()
                .substring(0, 6), Collaborations.thisFiscalYear(), Programmes.inDays(10), 20);
        String token = Programmes.registerPublicly("asahi", programme, "確認 太郎", Programmes.freshAddress("a11y"))
                .json().getString("surveyToken");
        return List.of("index.html", "events.html", "availability.html?centre=izumi",
                "programme.html?centre=asahi&id=" + programme.getString("id"), "registration.html?token=" + token,
                "survey.html?token=" + token, "cases.html", "report.html", "evaluation.html");
    }

    private static void check(String view, Map<String, List<String>> findings) {
        long start = System.nanoTime();
        Results results = axe().analyze(browser);
        System.out.printf("  %s: axe %d ms, %d violations%n", view, (System.nanoTime() - start) / 1_000_000,
                results.getViolations().size());
        List<String> rules = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> where = rule.getNodes().stream().limit(3).map(CheckedNode::getTarget).map(String::valueOf).toList();
            rules.add(rule.getId() + " ×" + rule.getNodes().size() + " " + where);
        }
        if (!rules.isEmpty()) {
            findings.put(view, rules);
        }
    }

    /**
     * axe-core on the page itself: the rules of WCAG 2.1 A/AA, violations only (passes are not serialised back), in
     * axe's single-call mode (the default opens a blank window per check to merge the frames' partial results; the
     * pages have no frames).
     */
    private static AxeBuilder axe() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        AxeBuilder axe = new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true);
        axe.setInjectAxe(AccessibilityBrowserIT::injectAxeOnce, false);
        return axe;
    }

    /**
     * Sends axe-core's script (about 550 KB) to a document that does not have it yet: the portal's views are
     * fragments of one document, so a signed-in person's pages share one copy.
     */
    private static void injectAxeOnce(WebDriver driver) {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            if (axeScript == null) {
                try {
                    axeScript = new AxeBuilder().getAxeScriptProvider().getScript();
                } catch (Exception unreadable) {
                    throw new IllegalStateException("axe-core's script is not in its jar", unreadable);
                }
            }
            js(axeScript);
        }
    }

    private static List<String> visiblePages() {
        return browser.findElements(By.cssSelector("#nav a")).stream().filter(WebElement::isDisplayed)
                .map(a -> a.getAttribute("href").replaceAll(".*#", "")).toList();
    }

    private static void open(String page) {
        browser.get(Api.BASE + "/portal.html#" + page);
        wait.until(d -> d.findElement(By.id(page + "-page")).isDisplayed());
        settle();
    }

    /** Waits until the visible lists have loaded (data-loaded) and the page's scripts are idle; says which did not. */
    private static void settle() {
        String script = "return document.readyState === 'complete' ? [...document.querySelectorAll('[data-loaded]')]"
                + ".filter(e => e.offsetParent !== null && e.dataset.loaded !== 'true').map(e => e.id).join(' ') : 'loading'";
        long until = System.currentTimeMillis() + 8000;
        String waiting;
        do {
            waiting = (String) js(script);
            if (waiting.isEmpty()) {
                return;
            }
            sleep(200);
        } while (System.currentTimeMillis() < until);
        System.out.println("  not loaded after 8 s on " + browser.getCurrentUrl() + ": " + waiting);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void signIn(String centre, String role) {
        browser.get(Api.BASE + "/index.html");
        js("sessionStorage.clear()");
        browser.get(Api.BASE + "/index.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
        new Select(browser.findElement(By.id("centre"))).selectByValue(centre);
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        browser.findElement(By.id("sign-in")).click();
        wait.until(d -> d.getCurrentUrl().contains("portal.html")
                && !d.findElements(By.cssSelector("#nav a")).stream().filter(WebElement::isDisplayed).toList().isEmpty());
    }
}
