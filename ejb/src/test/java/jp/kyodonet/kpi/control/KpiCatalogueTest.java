package jp.kyodonet.kpi.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.kyodonet.kpi.entity.Indicator;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KpiCatalogueTest {

    private static JsonObject doc(String indicators) {
        return Json.createReader(new StringReader("{\"indicators\":[" + indicators + "]}")).readObject();
    }

    private static String ind(String code, String aggregation, String extra) {
        return "{\"code\":\"" + code + "\",\"nameJa\":\"名\",\"nameEn\":\"n\",\"ruleJa\":\"規則\",\"ruleEn\":\"r\",\"unit\":\"COUNT\","
                + "\"source\":\"consultation\",\"aggregation\":\"" + aggregation + "\"" + extra + "}";
    }

    @Test
    void theBundledCatalogueLoadsAndEveryRateHasSummedParts() {
        KpiCatalogue catalogue = new KpiCatalogue();
        catalogue.load();
        assertTrue(catalogue.all().size() >= 30);
        Indicator rate = catalogue.find("programmes.understandingRate").orElseThrow();
        assertEquals(Indicator.Aggregation.RATE, rate.aggregation());
        assertEquals("programmes.surveyAnswers", rate.denominator());
    }

    @Test
    void aBrokenCatalogueIsRefusedNamingTheIndicator() {
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> KpiCatalogue.parse(doc(ind("a", "SUM", "") + "," + ind("a", "SUM", ""))));
        assertTrue(twice.getMessage().contains("a is defined twice"));
        IllegalStateException noParts = assertThrows(IllegalStateException.class,
                () -> KpiCatalogue.parse(doc(ind("r", "RATE", ""))));
        assertTrue(noParts.getMessage().contains("r needs a numerator"));
        assertThrows(IllegalStateException.class, () -> KpiCatalogue.parse(doc(ind("m", "MEDIAN", "") + ","
                + ind("r", "RATE", ",\"numerator\":\"m\",\"denominator\":\"m\""))), "a median is not summable");
        assertEquals(3, KpiCatalogue.parse(doc(ind("n", "SUM", "") + "," + ind("d", "SUM", "") + ","
                + ind("r", "RATIO", ",\"numerator\":\"n\",\"denominator\":\"d\""))).size());
    }

    @Test
    void thePlanHasTheTwelveTargetsOfSeed000EachTrackedByIndicatorsOfTheCatalogue() {
        KpiCatalogue catalogue = new KpiCatalogue();
        catalogue.load();
        KpiCatalogue.Plan plan = catalogue.plan();
        assertEquals(2024, plan.fiscalYear());
        assertEquals("city", plan.centre());
        assertEquals(12, plan.targets().size(), "000 sets twelve targets");
        java.util.Map<String, java.math.BigDecimal> values = new java.util.HashMap<>();
        plan.targets().forEach(t -> values.putAll(t.values()));
        assertEquals(13, values.size(), "visits and seminars are one target of two figures");
        assertEquals(0, values.get("outreach.mailMagazineGrowth").compareTo(java.math.BigDecimal.valueOf(5)));
        assertEquals(0, values.get("programmes.startupMotivatedRate").compareTo(java.math.BigDecimal.valueOf(60)));
        assertEquals("programmes.startupAnswers", catalogue.find("programmes.startupMotivatedRate").orElseThrow().denominator());
        JsonObject broken = Json.createReader(new StringReader("{\"plan\":{\"titleJa\":\"計画\",\"titleEn\":\"p\","
                + "\"fiscalYear\":2024,\"centre\":\"city\",\"targets\":[{\"item\":\"1-1\",\"textJa\":\"目標\",\"textEn\":\"t\","
                + "\"targets\":[{\"code\":\"no.such\",\"value\":1}]}]}}")).readObject();
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> KpiCatalogue.plan(broken, java.util.Map.of()));
        assertTrue(unknown.getMessage().contains("no.such"), unknown.getMessage());
    }
}
