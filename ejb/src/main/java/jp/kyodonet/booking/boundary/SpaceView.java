package jp.kyodonet.booking.boundary;

import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.SpaceKind;

import java.util.Set;
import java.util.UUID;

/** A space with its rules. */
public record SpaceView(UUID id, long version, String name, SpaceKind kind, Integer capacity, String openingHours,
                        int slotMinutes, Set<BookerKind> eligible, Integer maxHoursPerDay, int maxDaysAhead,
                        boolean approvalRequired, boolean active, String note) {
}
