package jp.kyodonet.booking.control;

import java.util.Set;
import jp.kyodonet.kpi.CountedChange;

/**
 * Bookings of the transaction's centre were made, cancelled, declined or moved in these fiscal years; or a room
 * changed (its name, opening hours or use), which changes every year's breakdown ({@code everyYear}).
 */
public record BookingsChanged(Set<Integer> fiscalYears, boolean everyYear) implements CountedChange {

    @Override
    public String source() {
        return "booking";
    }

    @Override
    public Set<String> centres() {
        return Set.of();
    }
}
