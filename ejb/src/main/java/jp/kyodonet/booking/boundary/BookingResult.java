package jp.kyodonet.booking.boundary;

import java.util.List;

/**
 * What a booking request made: the bookings created (the room's first, then its equipment; one per date
 * for a series) and, for a series, the dates skipped with the reason (clash or rule).
 */
public record BookingResult(List<BookingView> bookings, List<Skipped> skipped) {

    /** A date of a series that could not be booked. */
    public record Skipped(java.time.LocalDate date, String reason, String reasonEn) {
    }
}
