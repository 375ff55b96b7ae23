package jp.kyodonet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every FY2024 target of the city centre's plan (seed 000, issue 19 part 5): the catalogue lists the twelve
 * with the indicators that count them, the city centre's FY2024 targets are set from them, and each indicator
 * moves by a known amount when its records change (the mail magazine's from the figures the centre reports).
 */
@ExtendWith(ArquillianExtension.class)
class PlanTargetsIT {

    private static final String WARD = "seya";
    private final String staff = Tokens.of(WARD, "centre-staff");
    private final String manager = Tokens.of(WARD, "centre-manager");
    private final String city = Tokens.of("city", "centre-staff");
    private final String cityCoordinator = Tokens.of("city", "network-coordinator");
    private final String hq = Tokens.of("city", "hq-analyst");

    private static final List<String> TRACKED = List.of("consultations.received", "consultations.ledToProposal",
            "outreach.mailMagazineGrowth", "network.goodPracticesPublished", "programmes.startupSessions",
            "programmes.startupMotivatedRate", "programmes.otherCityVisits", "programmes.otherCitySeminars",
            "programmes.hubOrganisations", "network.meetingsHeld", "organisations.newRegistrations",
            "organisations.renewalRate");

    @Test
    void theCatalogueListsTheTwelveTargetsOfThePlanWithTheirDefinitionsAndTheCityCentreHasThemForFy2024() {
        JsonObject catalogue = Api.get("/kpi/catalogue", null).json();
        JsonObject plan = catalogue.getJsonObject("plan");
        assertEquals(2024, plan.getInt("fiscalYear"));
        assertTrue(plan.getString("ja").contains("令和6年度事業計画"), plan::toString);
        List<JsonObject> targets = plan.getJsonArray("targets").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(12, targets.size(), "000 sets twelve targets");
        Map<String, JsonObject> indicators = catalogue.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(i -> i.getString("code"), i -> i));
        Map<String, Integer> values = new java.util.HashMap<>();
        for (JsonObject t : targets) {
            for (JsonValue v : t.getJsonArray("targets")) {
                String code = v.asJsonObject().getString("code");
                JsonObject indicator = indicators.get(code);
                assertNotNull(indicator, code + " is defined in the catalogue");
                assertFalse(indicator.getString("ruleJa").isBlank(), code + " says what it counts");
                values.put(code, v.asJsonObject().getInt("value"));
            }
        }
        assertTrue(values.keySet().containsAll(TRACKED), values.keySet().toString());
        assertEquals(Map.ofEntries(Map.entry("consultations.received", 1000), Map.entry("consultations.ledToProposal", 2),
                Map.entry("outreach.mailMagazineGrowth", 5), Map.entry("network.goodPracticesPublished", 3),
                Map.entry("programmes.startupSessions", 4), Map.entry("programmes.startupMotivatedRate", 60),
                Map.entry("programmes.otherCityVisits", 3), Map.entry("programmes.otherCitySeminars", 2),
                Map.entry("programmes.hubOrganisations", 10), Map.entry("network.meetingsHeld", 3),
                Map.entry("programmes.innovationDialogues", 1), Map.entry("organisations.newRegistrations", 20),
                Map.entry("organisations.renewalRate", 70)), values, "000's own figures");
        assertTrue(indicators.get("programmes.startupMotivatedRate").getString("ruleJa").contains("意欲"),
                "the 60 % is of understanding and motivation, as 000 says");
        assertTrue(indicators.containsKey("organisations.registered"), "the other reading of 登録団体数 is offered");

        Map<String, Integer> set = Api.get("/kpi/targets?fiscalYear=2024", cityCoordinator).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("code"), t -> t.getJsonNumber("value").intValue()));
        assertEquals(values, set, "the city centre's FY2024 targets are the plan's");
    }

    @Test
    void eachTrackedIndicatorMovesByAKnownAmountWhenItsRecordsChange() {
        String today = LocalDate.now(KpiFactsIT.JAPAN).toString();
        int year = KpiFactsIT.thisFiscalYear();
        KpiFactsIT.settle();
        Map<String, BigDecimal> wardBefore = KpiFactsIT.values(dashboard(WARD));
        Map<String, BigDecimal> cityBefore = KpiFactsIT.values(dashboard("city"));

        // a consultation closed as leading to a collaboration proposal, one closed otherwise
        for (String outcome : List.of("COLLABORATION_PROPOSAL", "INFORMATION_ONLY")) {
            String id = Api.post("/consultations", staff, Consultations.intake("目標 提案に繋がる相談 " + outcome,
                    b -> b.add("receivedOn", today))).json().getString("id");
            assertEquals(200, Api.post("/consultations/" + id + "/assignment", manager, Staff.assignment(WARD),
                    "If-Match", "\"1\"").status());
            Api.Reply closed = Api.post("/consultations/" + id + "/close", staff,
                    "{\"outcome\":\"" + outcome + "\",\"closedOn\":\"" + today + "\"}", "If-Match", "\"2\"");
            assertEquals(200, closed.status(), closed::toString);
        }

        // cases: a neighbourhood association with an NPO published to the public (a local good practice), the same
        // published to the network only, and a public case of a company alone
        Network.published(staff, manager, "目標 地域好事例 " + UUID.randomUUID(), true);
        Network.published(staff, manager, "目標 ネットワーク内 " + UUID.randomUUID(), false);
        String companyCase = Network.caseBody("目標 企業のみ " + UUID.randomUUID(), true)
                .replace("[\"NEIGHBOURHOOD_ASSOCIATION\",\"NPO\"]", "[\"COMPANY\"]");
        Api.Reply written = Api.post("/network/cases", staff, companyCase);
        assertEquals(201, written.status(), written::toString);
        String companyId = written.json().getJsonObject("summary").getString("id");
        Network.step(staff, companyId, "submit", 1, "");
        Network.step(manager, companyId, "approve", 2, "");
        Network.step(manager, companyId, "publish", 3, "{\"public\":true}");

        // programmes on the plan's lines: two start-up sessions with three answers (two of them both better
        // understanding and more motivation), a study visit and a seminar on other cities, an innovation dialogue,
        // and a 協働HUB where three people of two organisations and one person of none take part, one absent
        String startup = plan("目標 市民協働スタートアップ", "SERIES_COURSE", "STARTUP", year);
        String first = session(startup, "第1回", today);
        session(startup, "第2回", today);
        List<String> surveys = register(first, null, "スタートアップ 一", "スタートアップ 二", "スタートアップ 三");
        // a survey is answered by those present, once the session has begun (it began at 00:00 today)
        var startupPresent = Json.createArrayBuilder();
        Api.get("/programmes/sessions/" + first + "/registrations", staff).jsonArray()
                .forEach(r -> startupPresent.add(r.asJsonObject().getString("id")));
        assertEquals(200, Api.put("/programmes/sessions/" + first + "/attendance", staff,
                Json.createObjectBuilder().add("present", startupPresent).build().toString()).status());
        answer(surveys.get(0), true, true);
        answer(surveys.get(1), true, true);
        answer(surveys.get(2), true, false);
        session(plan("目標 他都市視察", "STUDY_VISIT", "OTHER_CITY_SEMINAR", year), "札幌市視察", today);
        session(plan("目標 好事例共有セミナー", "SEMINAR", "OTHER_CITY_SEMINAR", year), "報告会", today);
        session(plan("目標 イノベーションダイアログ", "EXCHANGE_EVENT", "INNOVATION_DIALOGUE", year), "対話", today);
        String hub = session(plan("目標 協働HUB", "EXCHANGE_EVENT", "COLLABORATION_HUB", year), "交流", today);
        String npo = "NPO法人 目標みどり " + UUID.randomUUID();
        register(hub, npo, "HUB 一", "HUB 二");
        register(hub, npo.replace(" ", "　"), "HUB 三");
        register(hub, null, "HUB 個人 " + UUID.randomUUID());
        register(hub, "株式会社 目標 " + UUID.randomUUID(), "HUB 欠席");
        List<String> present = Api.get("/programmes/sessions/" + hub + "/registrations", staff).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> !r.getString("name").equals("HUB 欠席"))
                .map(r -> r.getString("id")).toList();
        var ids = Json.createArrayBuilder();
        present.forEach(ids::add);
        Api.Reply attended = Api.put("/programmes/sessions/" + hub + "/attendance", staff,
                Json.createObjectBuilder().add("present", ids).build().toString());
        assertEquals(200, attended.status(), attended::toString);

        // a network meeting the city centre organises
        Network.schedule(cityCoordinator, "目標 ネットワーク会議", today);

        // the city centre: an organisation registered today; two one-year registrations of last year, one
        // renewed and one lapsed
        String cityManager = Tokens.of("city", "centre-manager");
        Organisations.registered(cityManager, "目標 新規団体 " + UUID.randomUUID(), today, today);
        String lastYear = (year - 1) + "-06-01";
        String[] due = new String[2];
        for (int i = 0; i < due.length; i++) {
            due[i] = Organisations.registered(cityManager, "目標 更新団体 " + i + " " + UUID.randomUUID(), (year - 1) + "-05-01",
                    lastYear).getString("id");
        }
        assertEquals(200, Api.post("/organisations/" + due[0] + "/renewal", cityManager, "{}", "If-Match", "\"3\"").status());
        assertEquals(200, Api.post("/organisations/" + due[1] + "/lapse", cityManager, "{}", "If-Match", "\"3\"").status());

        // the mail magazine: 1,000 at the end of last year, 1,060 this month
        reportFigure(staff, YearMonth.of(year + 1, 3).minusYears(1), 1000);
        reportFigure(staff, YearMonth.now(KpiFactsIT.JAPAN), 1060);

        KpiFactsIT.settle();
        Map<String, BigDecimal> ward = KpiFactsIT.values(dashboard(WARD));
        Map<String, BigDecimal> cityAfter = KpiFactsIT.values(dashboard("city"));
        grew(wardBefore, ward, "consultations.received", 2);
        grew(wardBefore, ward, "consultations.closed", 2);
        grew(wardBefore, ward, "consultations.ledToProposal", 1);
        grew(wardBefore, ward, "network.casesPublished", 3);
        grew(wardBefore, ward, "network.goodPracticesPublished", 1);
        grew(wardBefore, ward, "programmes.startupSessions", 2);
        grew(wardBefore, ward, "programmes.startupAnswers", 3);
        grew(wardBefore, ward, "programmes.startupMotivated", 2);
        grew(wardBefore, ward, "programmes.surveyAnswers", 3);
        grew(wardBefore, ward, "programmes.otherCityVisits", 1);
        grew(wardBefore, ward, "programmes.otherCitySeminars", 1);
        grew(wardBefore, ward, "programmes.innovationDialogues", 1);
        grew(wardBefore, ward, "programmes.hubOrganisations", 2);
        grew(wardBefore, ward, "programmes.sessions", 6);
        grew(cityBefore, cityAfter, "network.meetingsHeld", 1);
        grew(cityBefore, cityAfter, "organisations.newRegistrations", 1);
        grew(cityBefore, cityAfter, "organisations.registered", 2);
        grew(cityBefore, cityAfter, "organisations.renewalDue", 2);
        grew(cityBefore, cityAfter, "organisations.renewed", 1);
        assertEquals(0, new BigDecimal("1060").compareTo(ward.get("outreach.mailMagazineRegistrations")), ward::toString);
        assertEquals(0, new BigDecimal("1000").compareTo(ward.get("outreach.mailMagazineBase")));
        assertEquals(0, new BigDecimal("6.0").compareTo(ward.get("outreach.mailMagazineGrowth")), "60 of 1,000: +6.0 %");
        rateFollows(ward, "programmes.startupMotivatedRate", "programmes.startupMotivated", "programmes.startupAnswers");
        rateFollows(cityAfter, "organisations.renewalRate", "organisations.renewed", "organisations.renewalDue");

        // the facts equal a recomputation from the records
        Api.Reply rebuilt = Api.post("/kpi/facts/rebuild?fiscalYear=" + year, hq, "");
        assertEquals(200, rebuilt.status(), rebuilt::toString);
        assertEquals(0, rebuilt.json().getInt("written"), rebuilt::toString);
        assertEquals(0, rebuilt.json().getInt("removed"), rebuilt::toString);
    }

    @Test
    void aCentreReportsItsMonthlyFigureWithWhoAndWhenChangesItAtItsVersionAndNobodyElseSeesOrWritesIt() {
        YearMonth month = unusedMonth();
        String path = "/kpi/reported-figures/MAIL_MAGAZINE_REGISTRATIONS/" + month;
        Api.Reply created = Api.put(path, staff, "{\"value\":4200,\"note\":\"配信サービスの管理画面より\"}");
        assertEquals(200, created.status(), created::toString);
        assertFalse(created.json().getString("enteredBy").isBlank(), "who entered it");
        assertTrue(created.json().containsKey("enteredAt"), "when");
        assertEquals(428, Api.put(path, manager, "{\"value\":4300}").status(), "a change carries its version");
        assertEquals(412, Api.put(path, manager, "{\"value\":4300}", "If-Match", "\"9\"").status());
        Api.Reply changed = Api.put(path, manager, "{\"value\":4300}", "If-Match", "\"" + created.json().getInt("version") + "\"");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(4300, changed.json().getInt("value"));

        int fiscalYear = month.getMonthValue() < 4 ? month.getYear() - 1 : month.getYear();
        JsonObject own = Api.get("/kpi/reported-figures?fiscalYear=" + fiscalYear, staff).json();
        assertTrue(own.getJsonArray("kinds").toString().contains("メルマガ登録数"), own::toString);
        assertEquals(1, own.getJsonArray("figures").stream().filter(f -> f.asJsonObject().getString("month")
                .equals(month.toString())).count());
        String other = Tokens.of("naka", "centre-staff");
        assertFalse(Api.get("/kpi/reported-figures?fiscalYear=" + fiscalYear, other).body().contains("4300"),
                "another centre does not see it");
        Api.Reply theirs = Api.put(path, other, "{\"value\":7}");
        assertEquals(200, theirs.status(), "another centre's figure of the same month is its own: " + theirs);
        assertEquals(4300, Api.get("/kpi/reported-figures?fiscalYear=" + fiscalYear, staff).json().getJsonArray("figures")
                .stream().map(JsonValue::asJsonObject).filter(f -> f.getString("month").equals(month.toString()))
                .findFirst().orElseThrow().getInt("value"), "nothing of ours changed");
        assertEquals(403, Api.put(path, hq, "{\"value\":1}").status(), "HQ sees aggregates only");
        assertEquals(403, Api.get("/kpi/reported-figures", Tokens.of(WARD, "ward-officer")).status());
    }

    @Test
    void badFiguresAreRefusedNamingTheFieldAndWriteNothing() {
        YearMonth month = unusedMonth();
        String base = "/kpi/reported-figures/MAIL_MAGAZINE_REGISTRATIONS/";
        YearMonth next = YearMonth.now(KpiFactsIT.JAPAN).plusMonths(1);
        assertField(Api.put(base + next, staff, "{\"value\":1}"), "month", "まだ来ていない月");
        assertField(Api.put(base + "2024-13", staff, "{\"value\":1}"), "month", "YYYY-MM");
        assertField(Api.put(base + month, staff, "{\"value\":-1}"), "value", "0以上");
        assertField(Api.put(base + month, staff, "{\"value\":\"多い\"}"), "value", "整数");
        assertField(Api.put(base + month, staff, "{\"value\":1.5}"), "value", "整数");
        assertField(Api.put(base + month, staff, "{}"), "value", "整数");
        assertField(Api.put(base + month, staff, "{\"value\":1,\"note\":\"" + "長".repeat(201) + "\"}"), "note", "200文字");
        assertEquals(400, Api.put(base + month, staff, "{\"value\":1,\"extra\":true}").status());
        assertEquals(404, Api.put("/kpi/reported-figures/NO_SUCH/" + month, staff, "{\"value\":1}").status());
        int fiscalYear = month.getMonthValue() < 4 ? month.getYear() - 1 : month.getYear();
        assertFalse(Api.get("/kpi/reported-figures?fiscalYear=" + fiscalYear, staff).body().contains("\"" + month + "\""),
                "nothing was written");
    }

    @Test
    void twoPeopleReportingTheSameNewMonthAtOnceMakeOneFigure() throws Exception {
        YearMonth month = unusedMonth();
        String path = "/kpi/reported-figures/MAIL_MAGAZINE_REGISTRATIONS/" + month;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = List.of(() -> Api.put(path, staff, "{\"value\":10}").status(),
                    () -> Api.put(path, manager, "{\"value\":20}").status(), () -> Api.put(path, staff, "{\"value\":30}").status(),
                    () -> Api.put(path, manager, "{\"value\":40}").status());
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertTrue(statuses.contains(200), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 428), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        int fiscalYear = month.getMonthValue() < 4 ? month.getYear() - 1 : month.getYear();
        assertEquals(1, Api.get("/kpi/reported-figures?fiscalYear=" + fiscalYear, staff).json().getJsonArray("figures").stream()
                .filter(f -> f.asJsonObject().getString("month").equals(month.toString())).count());
    }

    private static YearMonth unusedMonth() {
        return unusedMonth(WARD);
    }

    /**
     * A month of 1990-2019 for which {@code centre} has reported nothing yet (the tests of this year's and last
     * year's figures stay clear of them), never the same twice in a run.
     */
    static synchronized YearMonth unusedMonth(String centre) {
        for (YearMonth m = YearMonth.of(1990, 1); m.getYear() < 2020; m = m.plusMonths(1)) {
            if (HANDED_OUT.contains(centre + m)) {
                continue;
            }
            HANDED_OUT.add(centre + m);
            long[] used = Database.longs("SELECT COUNT(*) FROM kpi_reported_figure WHERE tenant_id = '" + centre
                    + "' AND month = '" + m.atDay(1) + "'");
            if (used[0] == 0) {
                return m;
            }
        }
        throw new IllegalStateException("no month of 1990-2019 left for a test figure of " + centre);
    }

    private static final java.util.Set<String> HANDED_OUT = new java.util.HashSet<>();

    private static void assertField(Api.Reply reply, String field, String says) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.body().contains("\"field\":\"" + field + "\"") && reply.body().contains(says), reply::toString);
    }

    private void reportFigure(String token, YearMonth month, long value) {
        String path = "/kpi/reported-figures/MAIL_MAGAZINE_REGISTRATIONS/" + month;
        int fiscalYear = month.getMonthValue() < 4 ? month.getYear() - 1 : month.getYear();
        JsonObject existing = Api.get("/kpi/reported-figures?fiscalYear=" + fiscalYear, token).json().getJsonArray("figures")
                .stream().map(JsonValue::asJsonObject).filter(f -> f.getString("month").equals(month.toString()))
                .findFirst().orElse(null);
        Api.Reply reply = existing == null ? Api.put(path, token, "{\"value\":" + value + "}")
                : Api.put(path, token, "{\"value\":" + value + "}", "If-Match", "\"" + existing.getInt("version") + "\"");
        assertEquals(200, reply.status(), reply::toString);
    }

    private String plan(String name, String kind, String planItem, int year) {
        String body = Json.createObjectBuilder().add("name", name + " " + UUID.randomUUID()).add("kind", kind)
                .add("planItem", planItem).add("plannedSessions", 2).add("fiscalYear", year).build().toString();
        Api.Reply planned = Api.post("/programmes", staff, body);
        assertEquals(201, planned.status(), planned::toString);
        assertEquals(planItem, planned.json().getString("planItem"));
        return planned.json().getString("id");
    }

    private String session(String programme, String title, String date) {
        Api.Reply added = Api.post("/programmes/" + programme + "/sessions", staff,
                Programmes.session(title, LocalDate.parse(date), "00:00", "00:01", 50));
        assertEquals(201, added.status(), added::toString);
        return added.json().getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("title").equals(title)).findFirst().orElseThrow().getString("id");
    }

    /** Registers people (of {@code organisation}, or none); returns their survey tokens. */
    private List<String> register(String session, String organisation, String... names) {
        List<String> tokens = new java.util.ArrayList<>();
        for (String name : names) {
            var body = Json.createObjectBuilder().add("name", name).add("contact", UUID.randomUUID() + "@example.jp")
                    .add("participantBaseConsent", true);
            if (organisation != null) {
                body.add("organisation", organisation);
            }
            Api.Reply registered = Api.post("/programmes/sessions/" + session + "/registrations", staff, body.build().toString());
            assertEquals(201, registered.status(), registered::toString);
            tokens.add(registered.json().getString("surveyToken"));
        }
        return tokens;
    }

    private static void answer(String surveyToken, boolean understanding, boolean motivation) {
        Api.Reply answered = Api.post("/public/surveys/" + surveyToken, null, "{\"satisfaction\":4,\"understandingImproved\":"
                + understanding + ",\"motivationImproved\":" + motivation + "}");
        assertEquals(204, answered.status(), answered::toString);
    }

    private static JsonObject dashboard(String centre) {
        return KpiFactsIT.dashboardOf(centre);
    }

    private static void grew(Map<String, BigDecimal> before, Map<String, BigDecimal> after, String code, int by) {
        KpiFactsIT.grew(before, after, code, by);
    }

    private static void rateFollows(Map<String, BigDecimal> values, String rate, String numerator, String denominator) {
        BigDecimal expected = values.get(numerator).multiply(BigDecimal.valueOf(100))
                .divide(values.get(denominator), 1, java.math.RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(values.get(rate)), rate + " = " + numerator + " / " + denominator + ": " + values);
    }
}
