package jp.kyodonet.booking.entity;

import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What a booker asks for: which space, who, why, when, how many. */
public record BookingRequest(UUID spaceId, BookerKind bookerKind, UUID organisationId, Purpose purpose,
                             LocalDate date, LocalTime start, LocalTime end, int headcount, String note) {

    public BookingRequest {
        Objects.requireNonNull(spaceId);
        Objects.requireNonNull(bookerKind);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(date);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw DomainException.invalidInput(List.of(new FieldError("end", new Message(
                    "終了時刻は開始時刻より後にしてください", "end must be after start"))));
        }
        if (bookerKind == BookerKind.REGISTERED_ORGANISATION && organisationId == null) {
            throw DomainException.invalidInput(List.of(new FieldError("organisationId", new Message(
                    "登録団体の予約には団体を指定してください", "a registered organisation's booking names the organisation"))));
        }
    }

    public double hours() {
        return Duration.between(start, end).toMinutes() / 60.0;
    }

    /** The same request on another date (a recurring booking). */
    public BookingRequest on(LocalDate other) {
        return new BookingRequest(spaceId, bookerKind, organisationId, purpose, other, start, end, headcount, note);
    }
}
