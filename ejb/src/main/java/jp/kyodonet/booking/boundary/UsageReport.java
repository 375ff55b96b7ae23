package jp.kyodonet.booking.boundary;

/**
 * A space's use in a month: booked hours (confirmed, checked in, completed), open hours (from the opening
 * hours of each day), utilisation = booked / open, total headcount, and the requests declined and
 * bookings cancelled.
 */
public record UsageReport(String spaceName, String month, double bookedHours, double openHours, Double utilisation,
                          long headcount, long bookings, long declined, long cancelled) {
}
