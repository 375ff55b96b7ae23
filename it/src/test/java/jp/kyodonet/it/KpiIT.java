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
    void theCityCentresFy2024TargetsFromItsPlanAreThere() {
        Map<String, Integer> expected = Map.of("consultations.received", 1000, "organisations.newRegistrations", 20,
                "organisations.renewalRate", 70, "programmes.understandingRate", 60);
        Map<String, Integer> found = Api.get("/kpi/targets?fiscalYear=2024", Tokens.of("city", "network-coordinator"))
                .jsonArray().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("code"), t -> t.getJsonNumber("value").intValue()));
        assertEquals(expected, found);
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
}
