package jp.kyodonet.kpi;

import java.util.OptionalInt;

/**
 * What a capability that feeds indicators implements (one bean per source capability, e.g.
 * {@code booking/control/BookingFacts}): the facts of the current centre in one fiscal year, computed with
 * JPQL over its own entities. The KPI machinery calls it through {@code SystemTasks.asTenant}, one centre and
 * one fiscal year per transaction; it never sees a record, only the numbers.
 */
public interface FactSupplier {

    /** The source capability, as in the KPI catalogue ({@code consultation}, {@code booking}, ...). */
    String source();

    /** Adds the current centre's facts of {@code sheet}'s fiscal year. */
    void supply(FactSheet sheet);

    /** The first fiscal year in which the current centre has records of this source (the nightly check starts there). */
    OptionalInt firstYear();
}
