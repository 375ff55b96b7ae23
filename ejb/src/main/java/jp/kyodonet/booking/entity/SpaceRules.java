package jp.kyodonet.booking.entity;

import java.util.Set;

/**
 * A space's booking rules.
 *
 * @param eligible         who may book it
 * @param maxHoursPerDay   most hours one organisation may hold on it in a day (null: no limit)
 * @param maxDaysAhead     how far ahead it may be booked
 * @param approvalRequired whether staff confirm each request (else a request that passes is confirmed)
 */
public record SpaceRules(Set<BookerKind> eligible, Integer maxHoursPerDay, int maxDaysAhead, boolean approvalRequired) {

    public SpaceRules {
        eligible = Set.copyOf(eligible);
    }
}
