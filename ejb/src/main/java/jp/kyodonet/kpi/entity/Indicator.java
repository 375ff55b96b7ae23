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
 * @param numerator   for RATE and RATIO: the indicator summed above the line
 * @param denominator for RATE and RATIO: the indicator summed below the line
 */
public record Indicator(String code, Message name, Message rule, Unit unit, String source, Aggregation aggregation,
                        String numerator, String denominator) {

    /** What a value of an indicator is. */
    public enum Unit { COUNT, PERSONS, HOURS, DAYS, SCORE, PERCENT }

    /**
     * How the city figure is made from the centres': summed; a rate or ratio recomputed from the summed
     * numerators and denominators (never an average of rates); a median recomputed over all records.
     */
    public enum Aggregation { SUM, RATE, RATIO, MEDIAN }
}
