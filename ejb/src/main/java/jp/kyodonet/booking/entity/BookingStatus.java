package jp.kyodonet.booking.entity;

/**
 * requested → confirmed (at once when the space's rules allow, or by staff approval) → checked in (利用票)
 * → completed; cancelled; declined with a reason. Requested and confirmed bookings hold their slots.
 */
public enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED,
    DECLINED;

    /** Whether a booking in this state holds its slots. */
    public boolean holdsSlots() {
        return this == REQUESTED || this == CONFIRMED || this == CHECKED_IN || this == COMPLETED;
    }

    /** Whether this booking's hours count as use. */
    public boolean isUse() {
        return this == CONFIRMED || this == CHECKED_IN || this == COMPLETED;
    }
}
