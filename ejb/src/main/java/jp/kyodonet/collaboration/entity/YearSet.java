package jp.kyodonet.collaboration.entity;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Fiscal years kept in one column as {@code ,2019,2020,}: a year is found exactly with
 * {@code LIKE '%,2020,%'} and the set reads back sorted.
 */
final class YearSet {

    private YearSet() {
    }

    static SortedSet<Integer> parse(String column) {
        return Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String format(SortedSet<Integer> years) {
        return years.isEmpty() ? "," : years.stream().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
    }

    /** The pattern that finds {@code year} in such a column. */
    static String pattern(int year) {
        return "%," + year + ",%";
    }
}
