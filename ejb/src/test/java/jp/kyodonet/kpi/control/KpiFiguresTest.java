package jp.kyodonet.kpi.control;

import jp.kyodonet.kpi.entity.Indicator;
import jp.kyodonet.kpi.entity.Indicator.Aggregation;
import jp.kyodonet.kpi.entity.Indicator.Period;
import jp.kyodonet.kpi.entity.Indicator.Unit;
import jp.kyodonet.platform.error.Message;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class KpiFiguresTest {

    private static final Message M = new Message("x", "x");
    private static final Indicator RENEWED = new Indicator("r", M, M, Unit.COUNT, "organisation", Aggregation.SUM,
            Period.YEAR, false, null, null);
    private static final Indicator DUE = new Indicator("d", M, M, Unit.COUNT, "organisation", Aggregation.SUM,
            Period.YEAR, false, null, null);
    private static final Indicator RATE = new Indicator("rate", M, M, Unit.PERCENT, "organisation", Aggregation.RATE,
            Period.YEAR, false, "r", "d");
    private static final Indicator RECEIVED = new Indicator("c", M, M, Unit.COUNT, "consultation", Aggregation.SUM,
            Period.MONTH, false, null, null);
    private static final Indicator OVERDUE = new Indicator("o", M, M, Unit.COUNT, "consultation", Aggregation.SUM,
            Period.SNAPSHOT, true, null, null);
    private static final Indicator DAYS = new Indicator("days", M, M, Unit.DAYS, "consultation", Aggregation.MEDIAN,
            Period.MONTH, true, null, null);

    private static KpiFigures.Fact fact(String tenant, int month, String code, String dim, long value) {
        return new KpiFigures.Fact(tenant, 2024, month, code, dim, BigDecimal.valueOf(value));
    }

    @Test
    void theCityRateDividesSummedNumeratorsBySummedDenominatorsNeverAveragesRates() {
        // a big centre: 90 of 100 renewed (90 %); a small one: 1 of 10 (10 %)
        KpiFigures figures = new KpiFigures(List.of(fact("big", 0, "r", "", 90), fact("big", 0, "d", "", 100),
                fact("small", 0, "r", "", 1), fact("small", 0, "d", "", 10)));
        assertEquals(new BigDecimal("90.0"), figures.value(RATE, List.of("big"), 2024, 0, 0));
        assertEquals(new BigDecimal("10.0"), figures.value(RATE, List.of("small"), 2024, 0, 0));
        // 91 / 110 = 82.7 %, not (90 + 10) / 2 = 50 %
        assertEquals(new BigDecimal("82.7"), figures.value(RATE, List.of("big", "small"), 2024, 0, 0));
        assertNull(figures.value(RATE, List.of("nobody"), 2024, 0, 0), "nothing to divide is no figure, not zero");
    }

    @Test
    void flowsAreSummedOverTheMonthsAndAStockIsReadAtTheLastMonth() {
        KpiFigures figures = new KpiFigures(List.of(fact("a", 1, "c", "", 3), fact("a", 2, "c", "", 4),
                fact("b", 2, "c", "", 5), fact("a", 3, "c", "", 100),
                fact("a", 1, "o", "", 7), fact("a", 2, "o", "", 2), fact("b", 2, "o", "", 1)));
        assertEquals(0, new BigDecimal(12).compareTo(figures.value(RECEIVED, List.of("a", "b"), 2024, 1, 2)));
        assertEquals(0, new BigDecimal(3).compareTo(figures.value(OVERDUE, List.of("a", "b"), 2024, 1, 2)),
                "the stock at the end of month 2, not 7 + 2 + 1");
    }

    @Test
    void theCityMedianIsTakenOverEveryCentresConsultationsTogether() {
        List<KpiFigures.Fact> facts = new ArrayList<>();
        // a: days 1,1,1 (median 1); b: days 10 x 2 (median 10); together 1,1,1,10,10: median 1 (average of medians 5.5)
        facts.add(fact("a", 1, "days", "1", 3));
        facts.add(fact("b", 1, "days", "10", 2));
        KpiFigures figures = new KpiFigures(facts);
        assertEquals(new BigDecimal("1.0"), figures.value(DAYS, List.of("a"), 2024, 1, 12));
        assertEquals(new BigDecimal("10.0"), figures.value(DAYS, List.of("b"), 2024, 1, 12));
        assertEquals(new BigDecimal("1.0"), figures.value(DAYS, List.of("a", "b"), 2024, 1, 12));
        facts.add(fact("b", 2, "days", "4", 1));
        // 1,1,1,4,10,10: (1 + 4) / 2
        assertEquals(new BigDecimal("2.5"), new KpiFigures(facts).value(DAYS, List.of("a", "b"), 2024, 1, 12));
    }
}
