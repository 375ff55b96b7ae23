package jp.kyodonet.platform.time;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Japanese fiscal year (年度): April of {@code startYear} to March of the next year.
 * FY2020 (令和2年度) runs from 2020-04-01 to 2021-03-31.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public FiscalYear {
        if (startYear < 1989 || startYear > 2999) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** 和暦 label: 令和2年度, 令和元年度, 平成30年度. */
    public String japaneseLabel() {
        if (startYear >= 2019) {
            int reiwa = startYear - 2018;
            return "令和" + (reiwa == 1 ? "元" : String.valueOf(reiwa)) + "年度";
        }
        int heisei = startYear - 1988;
        return "平成" + (heisei == 1 ? "元" : String.valueOf(heisei)) + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "FY" + startYear;
    }
}
