package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo data is loaded at start-up by a system task per centre (the test environment runs in demo
 * mode with demo data on): every centre gets its own records, exactly once each. This is the path on which a
 * transaction shared across tenants once wrote one centre's records into another. And the demo has a history:
 * every centre's figures for three fiscal years, with targets.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    private static final String DEMO_SUMMARY = "子ども食堂を仲間と始めたい";

    @ParameterizedTest(name = "{0} has {1} demo consultation(s) of that kind")
    @CsvSource({"city,1", "nishi,1", "totsuka,1", "midori,1", "tsurumi,1", "kohoku,1", "seya,1"})
    void eachDemoCentreHoldsItsOwnDemoRecordsOnly(String centre, int expected) {
        String token = Tokens.of(centre, "city".equals(centre) ? "network-coordinator" : "centre-staff");
        long found = 0;
        for (int page = 0; ; page++) {
            Api.Reply reply = Api.get("/consultations?size=100&page=" + page, token);
            assertEquals(200, reply.status(), reply::toString);
            var items = reply.json().getJsonArray("items");
            found += items.stream().filter(i -> i.asJsonObject().getString("summaryExcerpt").startsWith(DEMO_SUMMARY)).count();
            if (items.size() < 100) {
                break;
            }
        }
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0} has {1} demo organisation(s) named ひだまりサロン, {2} of them due for renewal")
    @CsvSource({"city,1,1", "nishi,1,1", "midori,1,1", "tsurumi,1,1"})
    void demoCentresHoldTheirOwnOrganisationsWithOneRenewalDue(String centre, int expected, int due) {
        String token = Tokens.of(centre, "city".equals(centre) ? "network-coordinator" : "centre-staff");
        Api.Reply named = Api.get("/organisations?size=100&q=" + java.net.URLEncoder.encode("ひだまりサロン",
                java.nio.charset.StandardCharsets.UTF_8), token);
        assertEquals(200, named.status(), named::toString);
        assertEquals(expected, named.json().getJsonNumber("total").intValue(), named::toString);
        Api.Reply renewals = Api.get("/organisations?renewalDue=true&size=100&q="
                + java.net.URLEncoder.encode("多文化ひろば", java.nio.charset.StandardCharsets.UTF_8), token);
        assertEquals(due, renewals.json().getJsonNumber("total").intValue(), renewals::toString);
    }

    @org.junit.jupiter.api.Test
    void hqSeesEveryCentreWithFiguresAndTargetsForThreeFiscalYears() {
        String hq = Tokens.of("city", "hq-analyst");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        int thisYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        for (int y = thisYear - 2; y <= thisYear; y++) {
            int year = y;
            String path = "/kpi/city?code=consultations.received&fiscalYear=" + year;
            // the facts are counted by the workers after start-up: wait for the history to be counted
            jakarta.json.JsonObject city = null;
            for (int attempt = 0; attempt < 120; attempt++) {
                city = Api.get(path, hq).json();
                if (city.getJsonArray("centres").stream().allMatch(c -> c.asJsonObject().containsKey("value")
                        && c.asJsonObject().get("value").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER
                        && c.asJsonObject().getJsonNumber("value").doubleValue() > 0)) {
                    break;
                }
                sleep();
            }
            var centres = city.getJsonArray("centres");
            assertEquals(19, centres.size(), path);
            for (var c : centres) {
                var centre = c.asJsonObject();
                assertEquals(jakarta.json.JsonValue.ValueType.NUMBER, centre.get("value").getValueType(), () -> year + " " + centre);
                org.junit.jupiter.api.Assertions.assertTrue(centre.getJsonNumber("value").doubleValue() > 0, () -> year + " " + centre);
                assertEquals(jakarta.json.JsonValue.ValueType.NUMBER, centre.get("target").getValueType(),
                        () -> "every centre has a target in " + year + ": " + centre);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @org.junit.jupiter.api.Test
    void theDemoHoldsTheRealR2CatalogueAndTheThreeCentreOperationContracts() {
        var report = Api.get("/public/collaboration/report?fiscalYear=2020", null).json();
        assertEquals(203, report.getJsonObject("totals").getInt("total"));
        assertEquals(118, report.getJsonObject("totals").getInt("ward"));
        assertEquals(85, report.getJsonObject("totals").getInt("bureau"));
        assertEquals(31, report.getJsonObject("projectsWithContract").getInt("total"), "the R2 list's 31 contracted projects");
        var commission = report.getJsonArray("contracts").getJsonObject(0);
        assertEquals("COMMISSION", commission.getString("type"));
        assertEquals(3, commission.getInt("contracts"));
        assertEquals(48_974_944L + 22_033_000L + 30_891_256L, commission.getJsonNumber("amount").longValue(),
                "the amounts the city reported for R2 (seed 003)");
        assertEquals(1, Api.get("/collaboration/projects?fiscalYear=2020&size=1&q="
                + java.net.URLEncoder.encode("にしく市民活動支援センター運営事業", java.nio.charset.StandardCharsets.UTF_8),
                Tokens.of("nishi", "centre-staff")).json().getInt("total"), "nishi manages its ward's project");
    }
}
