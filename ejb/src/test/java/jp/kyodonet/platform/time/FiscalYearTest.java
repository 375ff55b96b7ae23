package jp.kyodonet.platform.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiscalYearTest {

    @Test
    void aprilStartsTheFiscalYearAndMarchEndsIt() {
        assertEquals(new FiscalYear(2020), FiscalYear.of(LocalDate.of(2020, 4, 1)));
        assertEquals(new FiscalYear(2020), FiscalYear.of(LocalDate.of(2021, 3, 31)));
        assertEquals(new FiscalYear(2019), FiscalYear.of(LocalDate.of(2020, 3, 31)));
        assertEquals(LocalDate.of(2021, 3, 31), new FiscalYear(2020).lastDay());
        assertTrue(new FiscalYear(2020).contains(LocalDate.of(2021, 1, 15)));
        assertFalse(new FiscalYear(2020).contains(LocalDate.of(2021, 4, 1)));
    }

    @Test
    void japaneseLabelsUseTheEraOfTheStartYear() {
        assertEquals("令和2年度", new FiscalYear(2020).japaneseLabel());
        assertEquals("令和元年度", new FiscalYear(2019).japaneseLabel());
        assertEquals("平成30年度", new FiscalYear(2018).japaneseLabel());
        assertEquals("令和8年度", new FiscalYear(2026).japaneseLabel());
    }

    @Test
    void refusesYearsOutsideTheEraRange() {
        assertThrows(IllegalArgumentException.class, () -> new FiscalYear(1900));
    }
}
