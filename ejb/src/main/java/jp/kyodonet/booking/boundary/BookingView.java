package jp.kyodonet.booking.boundary;

import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.BookingStatus;
import jp.kyodonet.booking.entity.Purpose;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A booking as the centre's staff see it (the booker is an organisation or the centre: no personal data). */
public record BookingView(UUID id, long version, UUID spaceId, String spaceName, BookerKind bookerKind,
                          UUID organisationId, String bookerName, Purpose purpose, LocalDate date, LocalTime start,
                          LocalTime end, int headcount, String note, BookingStatus status, String declineReason,
                          UUID seriesId, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
