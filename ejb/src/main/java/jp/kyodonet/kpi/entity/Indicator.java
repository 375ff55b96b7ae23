package jp.kyodonet.kpi.entity;

import jp.kyodonet.platform.error.Message;

/**
 * One indicator of the KPI catalogue: one definition, shown as the tooltip wherever the figure appears.
 *
 * @param code        stable identifier ({@code consultations.activity})
 * @param name        Japanese and English name
 * @param rule        exactly what is counted, Japanese and English
 * @param unit        what a value is
 * @param source      the capability whose records it is computed from
 * @param aggregation how centres' values make the city's
 * @param period      how months make a fiscal year's value
 * @param lowerIsBetter true where a smaller figure is the better one (days to respond, overdue, declined)
 * @param numerator   for RATE and RATIO: the indicator summed above the line
 * @param denominator for RATE and RATIO: the indicator summed below the line
 */
public record Indicator(String code, Message name, Message rule, Unit unit, String source, Aggregation aggregation,
                        Period period, boolean lowerIsBetter,
                        String numerator, String denominator) {

    /** What a value of an indicator is. */
    public enum Unit { COUNT, PERSONS, HOURS, DAYS, SCORE, PERCENT }

    /**
     * How the city figure is made from the centres': summed; a rate or ratio recomputed from the summed
     * numerators and denominators (never an average of rates); a median recomputed over all records.
     */
    public enum Aggregation { SUM, RATE, RATIO, MEDIAN }

    /**
     * How a fiscal year's value is made from its months: MONTH, a flow counted in the month it happened and
     * summed; SNAPSHOT, a stock at each month's end (the year to date is the latest month); YEAR, counted
     * once for the fiscal year (no monthly trend).
     */
    public enum Period { MONTH, SNAPSHOT, YEAR }
}
