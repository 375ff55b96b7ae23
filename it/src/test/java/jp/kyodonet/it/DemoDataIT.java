package jp.kyodonet.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo data is loaded at start-up by a system task per centre (the test environment runs in demo
 * mode with demo data on): each demo centre gets its own records, and no other centre gets any. This is
 * the path on which a transaction shared across tenants once wrote one centre's records into another.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    private static final String DEMO_SUMMARY = "子ども食堂を仲間と始めたい";

    @ParameterizedTest(name = "{0} has {1} demo consultation(s) of that kind")
    @CsvSource({"city,1", "nishi,1", "totsuka,1", "midori,1", "tsurumi,0", "kohoku,0"})
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
    @CsvSource({"city,1,1", "nishi,1,1", "midori,1,1", "tsurumi,0,0"})
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
