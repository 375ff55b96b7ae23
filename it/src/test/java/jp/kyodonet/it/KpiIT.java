package jp.kyodonet.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KPI catalogue as data and the centres' targets (issue 8, first part). */
@ExtendWith(ArquillianExtension.class)
class KpiIT {

    private final String manager = Tokens.of("hodogaya", "centre-manager");
    private final String staff = Tokens.of("hodogaya", "centre-staff");
    private final String otherManager = Tokens.of("naka", "centre-manager");
    private final String hq = Tokens.of("city", "hq-analyst");

    @Test
    void theCatalogueDefinesEveryIndicatorOnceWithItsRuleAndRatesFromNumeratorsAndDenominators() {
        List<JsonObject> indicators = Api.get("/kpi/catalogue", null).json().getJsonArray("indicators").stream()
                .map(JsonValue::asJsonObject).toList();
        Map<String, JsonObject> byCode = indicators.stream().collect(Collectors.toMap(i -> i.getString("code"), i -> i));
        assertEquals(indicators.size(), byCode.size(), "one definition per code");
        for (String required : List.of("consultations.received", "consultations.activity", "consultations.closed",
                "consultations.firstResponseDays", "consultations.overdue", "referrals.sent", "referrals.received",
                "referrals.accepted", "organisations.newRegistrations", "organisations.renewalRate", "bookings.count",
                "bookings.utilisationRate", "bookings.declined", "programmes.count", "programmes.sessions",
                "programmes.participations", "programmes.satisfaction", "programmes.understandingRate",
                "collaboration.proposalsReceived", "collaboration.proposalsAdopted", "collaboration.contracts.commission",
                "collaboration.evaluationsPublished", "network.casesPublished", "network.meetingAttendance")) {
            assertTrue(byCode.containsKey(required), required);
        }
        assertTrue(byCode.get("consultations.activity").getString("ruleJa").contains("施設利用・簡単な問い合わせ"),
                "the rule says what is left out");
        for (JsonObject i : indicators) {
            if (Set.of("RATE", "RATIO").contains(i.getString("aggregation"))) {
                assertEquals("SUM", byCode.get(i.getString("numerator")).getString("aggregation"), i.getString("code"));
                assertEquals("SUM", byCode.get(i.getString("denominator")).getString("aggregation"), i.getString("code"));
            }
        }
        assertEquals("organisations.renewed", byCode.get("organisations.renewalRate").getString("numerator"));
    }

    @Test
    void aManagerSetsTheCentresTargetsHqSetsAnyCentresAndNoOtherCentreReachesThem() {
        int year = Collaborations.unusedFiscalYear();
        String path = "/kpi/targets/hodogaya/" + year + "/consultations.received";
        Api.Reply set = Api.put(path, manager, "{\"value\":480}");
        assertEquals(200, set.status(), set::toString);
        String managerSignature = set.json().getString("setBy");
        assertFalse(managerSignature.isBlank(), "who set it is stored");
        assertEquals(403, Api.put(path, staff, "{\"value\":500}").status(), "staff read, managers set");
        assertEquals(404, Api.put(path, otherManager, "{\"value\":1}", "If-Match", "\"1\"").status(), "another centre");
        assertEquals(404, Api.get("/kpi/targets?centre=hodogaya&fiscalYear=" + year, otherManager).status());
        assertEquals(428, Api.put(path, manager, "{\"value\":500}").status(), "a change carries its version");
        assertEquals(412, Api.put(path, manager, "{\"value\":500}", "If-Match", "\"7\"").status());
        assertEquals(400, Api.put("/kpi/targets/hodogaya/" + year + "/organisations.renewalRate", manager, "{\"value\":120}")
                .status(), "a percentage is at most 100");
        assertEquals(400, Api.put("/kpi/targets/hodogaya/" + year + "/consultations.closed", manager, "{\"value\":-1}")
                .status());
        assertEquals(400, Api.put("/kpi/targets/hodogaya/" + year + "/consultations.closed", manager, "{\"value\":\"多い\"}")
                .status());
        assertEquals(404, Api.put("/kpi/targets/hodogaya/" + year + "/no.such", manager, "{\"value\":1}").status());
        Api.Reply byHq = Api.put("/kpi/targets/hodogaya/" + year + "/organisations.renewalRate", hq, "{\"value\":70}");
        assertEquals(200, byHq.status(), byHq::toString);
        assertFalse(managerSignature.equals(byHq.json().getString("setBy")), "HQ's target names HQ");
        List<JsonObject> seen = Api.get("/kpi/targets?fiscalYear=" + year, staff).jsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(2, seen.size());
        assertEquals(480, seen.get(0).getJsonNumber("value").intValue());
        assertEquals("PERCENT", seen.get(1).getString("unit"));
        assertFalse(Api.get("/kpi/targets?fiscalYear=" + year, otherManager).body().contains("consultations.received"));
        assertEquals(1, Api.get("/kpi/targets?centre=hodogaya&fiscalYear=" + year, hq).jsonArray().stream()
                .filter(t -> t.asJsonObject().getString("code").equals("organisations.renewalRate")).count());
    }

    @Test
    void twoManagersSettingTheSameNewTargetAtOnceGetOneTarget() throws Exception {
        int year = Collaborations.unusedFiscalYear();
        String path = "/kpi/targets/hodogaya/" + year + "/bookings.count";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = List.of(() -> Api.put(path, manager, "{\"value\":10}").status(),
                    () -> Api.put(path, manager, "{\"value\":20}").status(), () -> Api.put(path, hq, "{\"value\":30}").status(),
                    () -> Api.put(path, manager, "{\"value\":40}").status());
            List<Integer> statuses = pool.invokeAll(calls).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertTrue(statuses.contains(200), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 428), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Api.get("/kpi/targets?fiscalYear=" + year, staff).jsonArray().stream()
                .filter(t -> t.asJsonObject().getString("code").equals("bookings.count")).count());
    }

    @Test
    void aCentreReadsOnlyItsOwnDashboardWhileHqReadsEveryCentresAggregatesAndNoPersonalData() {
        String name = "個人名 " + java.util.UUID.randomUUID();
        String consultation = Api.post("/consultations", staff, Consultations.intake("指標の個人情報確認",
                b -> b.add("requesterName", name))).json().getString("id");
        KpiFactsIT.settle();

        Api.Reply own = Api.get("/kpi/dashboard", staff);
        assertEquals(200, own.status(), own::toString);
        assertEquals("hodogaya", own.json().getString("centre"));
        assertEquals(49, own.json().getJsonArray("indicators").size(), "every indicator of the catalogue");
        assertEquals(404, Api.get("/kpi/dashboard?centre=naka", staff).status(), "another centre's dashboard is not found");
        assertEquals(404, Api.get("/kpi/dashboard?centre=hodogaya", otherManager).status(), "nor is this one for another centre");
        assertEquals(403, Api.get("/kpi/city?code=consultations.received", staff).status());
        assertEquals(403, Api.get("/kpi/city/summary", manager).status());
        assertEquals(403, Api.post("/kpi/facts/rebuild?fiscalYear=2024", manager, "").status());

        Api.Reply drill = Api.get("/kpi/dashboard?centre=hodogaya", hq);
        assertEquals(200, drill.status(), drill::toString);
        Api.Reply city = Api.get("/kpi/city?code=consultations.received", hq);
        assertEquals(200, city.status(), city::toString);
        assertEquals(19, city.json().getJsonArray("centres").size(), "every centre side by side");
        Api.Reply summary = Api.get("/kpi/city/summary", hq);
        Api.Reply csv = Api.get("/kpi/city/summary.csv", hq);
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("\uFEFF指標コード"), "CSV for Excel: BOM and a Japanese header");
        for (Api.Reply aggregate : List.of(drill, city, summary, csv, Api.get("/public/kpi/open-data", null))) {
            assertFalse(aggregate.body().contains(name), "no requester name in an aggregate: " + aggregate.body().length());
        }
        JsonObject open = Api.get("/public/kpi/open-data", null).json();
        assertEquals(49, open.getJsonArray("indicators").size(), "open data: every indicator, city totals only");
        assertFalse(open.toString().contains("hodogaya"), "open data names no centre");
        List<String> lines = Api.get("/public/kpi/open-data.csv", null).body().lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFF年度,月,指標コード"), lines.get(0));
        assertTrue(lines.stream().noneMatch(String::isBlank), "one record per line");
        // HQ reads no personal data: every endpoint that returns it answers 403
        for (String path : List.of("/consultations", "/consultations/" + consultation, "/consultations/export",
                "/consultations/" + consultation + "/timeline", "/referrals", "/organisations", "/bookings",
                "/programmes/participants", "/collaboration/proposals", "/network/support-requests", "/audit-entries")) {
            assertEquals(403, Api.get(path, hq).status(), path);
        }
    }

    @Test
    void cityRatesAreRecomputedFromNumeratorsAndDenominatorsNeverAveragedAcrossCentresOfVeryDifferentSizes() {
        // a small centre: 1 answer, understanding improved (100 %); a big one: 9 answers, 1 improved (11 %)
        seedAnswers("midori", 1, 1);
        seedAnswers("minami", 9, 1);
        KpiFactsIT.settle();
        for (String code : List.of("programmes.understandingRate", "programmes.satisfaction", "bookings.utilisationRate",
                "organisations.renewalRate")) {
            JsonObject view = Api.get("/kpi/city?code=" + code, hq).json();
            JsonObject indicator = view.getJsonObject("indicator");
            String numerator = Api.get("/kpi/catalogue", null).json().getJsonArray("indicators").stream()
                    .map(JsonValue::asJsonObject).filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow()
                    .getString("numerator");
            String denominator = Api.get("/kpi/catalogue", null).json().getJsonArray("indicators").stream()
                    .map(JsonValue::asJsonObject).filter(i -> i.getString("code").equals(code)).findFirst().orElseThrow()
                    .getString("denominator");
            java.math.BigDecimal num = total(numerator);
            java.math.BigDecimal den = total(denominator);
            boolean rate = "RATE".equals(indicator.getString("aggregation"));
            if (den.signum() == 0) {
                assertFalse(view.containsKey("city"), code + ": nothing to divide is no figure");
                continue;
            }
            java.math.BigDecimal expected = (rate ? num.multiply(java.math.BigDecimal.valueOf(100)) : num)
                    .divide(den, rate ? 1 : 2, java.math.RoundingMode.HALF_UP);
            assertEquals(0, expected.compareTo(view.getJsonNumber("city").bigDecimalValue()),
                    code + ": the city figure is summed numerators over summed denominators");
            if (code.equals("programmes.understandingRate")) {
                double mean = view.getJsonArray("centres").stream().map(JsonValue::asJsonObject).filter(c -> c.containsKey("value"))
                        .mapToDouble(c -> c.getJsonNumber("value").doubleValue()).average().orElseThrow();
                assertTrue(Math.abs(mean - expected.doubleValue()) > 0.05,
                        "the average of the centres' rates (" + mean + ") is not the city rate (" + expected + ")");
                JsonObject midori = centre(view, "midori");
                JsonObject minami = centre(view, "minami");
                assertTrue(midori.getJsonNumber("value").doubleValue() > minami.getJsonNumber("value").doubleValue(),
                        "the small centre's rate is the higher one");
            }
        }
    }

    private java.math.BigDecimal total(String code) {
        JsonObject view = Api.get("/kpi/city?code=" + code, hq).json();
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonValue c : view.getJsonArray("centres")) {
            if (c.asJsonObject().containsKey("value")) {
                sum = sum.add(c.asJsonObject().getJsonNumber("value").bigDecimalValue());
            }
        }
        assertEquals(0, sum.compareTo(view.getJsonNumber("city").bigDecimalValue()), code + ": the city is the sum of the centres");
        return sum;
    }

    private static JsonObject centre(JsonObject view, String id) {
        return view.getJsonArray("centres").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("centre").equals(id))
                .findFirst().orElseThrow();
    }

    /** {@code answers} survey answers of a session today at {@code centre}, {@code improved} of them improved. */
    private static void seedAnswers(String centre, int answers, int improved) {
        String token = Tokens.of(centre, "centre-staff");
        int year = KpiFactsIT.thisFiscalYear();
        String programme = Api.post("/programmes", token, Programmes.programme("率の確認 " + centre, year)).json().getString("id");
        Api.Reply added = Api.post("/programmes/" + programme + "/sessions", token,
                Programmes.session("率の確認", Programmes.inDays(0), "00:00", "00:01", 50));
        assertEquals(201, added.status(), added::toString);
        String session = added.json().getJsonArray("sessions").getJsonObject(0).getString("id");
        for (int n = 0; n < answers; n++) {
            assertEquals(201, Api.post("/programmes/sessions/" + session + "/registrations", token,
                    Programmes.person("率 " + n, "rate" + n + "@example.jp")).status());
        }
        List<JsonObject> registrations = Api.get("/programmes/sessions/" + session + "/registrations", token).jsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
        // a survey is answered by those present, once the session has begun
        var present = jakarta.json.Json.createArrayBuilder();
        registrations.forEach(r -> present.add(r.getString("id")));
        assertEquals(200, Api.put("/programmes/sessions/" + session + "/attendance", token,
                jakarta.json.Json.createObjectBuilder().add("present", present).build().toString()).status());
        for (int n = 0; n < registrations.size(); n++) {
            Api.Reply answer = Api.post("/public/surveys/" + registrations.get(n).getString("surveyToken"), null,
                    "{\"satisfaction\":" + (n < improved ? 5 : 2) + ",\"understandingImproved\":" + (n < improved)
                            + ",\"motivationImproved\":true}");
            assertEquals(204, answer.status(), answer::toString);
        }
    }
}
