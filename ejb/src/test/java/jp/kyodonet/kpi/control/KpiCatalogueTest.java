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
}
