package jp.kyodonet.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactSheetTest {

    @Test
    void countsADayInItsFiscalMonthAndLeavesOtherYearsAndZerosOut() {
        FactSheet sheet = new FactSheet(2025, LocalDate.of(2026, 1, 15));
        sheet.count(LocalDate.of(2025, 4, 1), "c");
        sheet.count(LocalDate.of(2026, 3, 31), "c");
        sheet.count(LocalDate.of(2026, 3, 31), "c");
        sheet.count(LocalDate.of(2026, 4, 1), "c"); // FY2026
        sheet.count(LocalDate.of(2025, 3, 31), "c"); // FY2024
        sheet.add(5, "zero", "", BigDecimal.ZERO);
        assertEquals(BigDecimal.ONE, sheet.values().get(new FactSheet.Key(1, "c", "")));
        assertEquals(BigDecimal.valueOf(2), sheet.values().get(new FactSheet.Key(12, "c", "")));
        assertEquals(2, sheet.values().size(), sheet.values().toString());
    }

    @Test
    void anInstantCountsOnItsDayInJapan() {
        FactSheet sheet = new FactSheet(2026, LocalDate.of(2026, 5, 1));
        sheet.count(Instant.parse("2026-03-31T15:30:00Z"), "late"); // 1 April 00:30 in Japan: FY2026, April
        sheet.count(Instant.parse("2026-03-31T14:30:00Z"), "late"); // 31 March 23:30 in Japan: FY2025
        assertEquals(Set.of(new FactSheet.Key(1, "late", "")), sheet.values().keySet());
        assertEquals(sheet.fromInstant(), Instant.parse("2026-03-31T15:00:00Z"));
        assertEquals(sheet.untilInstant(), Instant.parse("2027-03-31T15:00:00Z"));
    }

    @Test
    void fiscalMonthsRunAprilToMarch() {
        assertEquals(1, FactSheet.fiscalMonth(4));
        assertEquals(9, FactSheet.fiscalMonth(12));
        assertEquals(12, FactSheet.fiscalMonth(3));
        assertEquals("2027-03", new FactSheet(2026, LocalDate.of(2026, 4, 1)).calendarMonth(12).toString());
    }

    @Test
    void aRecordSpanningYearsCountsInEachAndNullsInNone() {
        assertEquals(Set.of(2024, 2025, 2026), CountedRecords.yearsFrom(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 4, 2)));
        assertEquals(Set.of(2025), CountedRecords.yearsOf(LocalDate.of(2026, 3, 31), null));
        assertTrue(CountedRecords.yearsFrom(null, LocalDate.of(2026, 4, 2)).isEmpty());
        assertTrue(CountedRecords.yearsOf((Instant) null).isEmpty());
    }
}
