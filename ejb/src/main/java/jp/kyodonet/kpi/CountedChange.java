package jp.kyodonet.kpi;

import java.util.Set;

/**
 * What the events of the capabilities that feed indicators have in common (each capability fires its own,
 * e.g. {@code ConsultationsChanged}): which centres' facts of which source and fiscal years a committed change
 * makes stale. The KPI machinery observes them and writes a change mark in the same transaction.
 */
public interface CountedChange {

    /** The source capability whose facts are stale. */
    String source();

    /** The centres whose facts are stale; empty: the centre the transaction acts for. */
    Set<String> centres();

    /** Every centre's facts are stale (a network meeting moved: every centre's attendance). */
    default boolean everyCentre() {
        return false;
    }

    /** The fiscal years that are stale. */
    Set<Integer> fiscalYears();

    /** Every fiscal year that has facts of the source, and this one, is stale (a room renamed: its breakdown). */
    default boolean everyYear() {
        return false;
    }
}
