package jp.kyodonet.booking.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.Purpose;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A booking to make: the space, who books (a registered organisation by id, or the centre / a collaboration
 * event by name), purpose, day and time, headcount; optionally equipment items for the same time, and a
 * repetition ({@code repeat} WEEKLY or MONTHLY, {@code occurrences} in all, the first included).
 */
public record BookingForm(@NotNull UUID spaceId,
                          @NotNull BookerKind bookerKind,
                          UUID organisationId,
                          @Size(max = 200) String bookerName,
                          @NotNull Purpose purpose,
                          @NotNull LocalDate date,
                          @NotNull LocalTime start,
                          @NotNull LocalTime end,
                          @NotNull @Min(1) @Max(1000) Integer headcount,
                          @Size(max = 1000) String note,
                          @Size(max = 5) List<UUID> equipmentIds,
                          Repeat repeat,
                          @Min(1) @Max(53) Integer occurrences) {

    /** How a recurring booking repeats. */
    public enum Repeat { WEEKLY, MONTHLY }
}
