package jp.kyodonet.programme.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.programme.entity.PlaceKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A session: when, where (a space of the centre is booked for it), who lectures, how many places. */
public record SessionForm(@NotBlank @Size(max = 200) String title, @NotNull LocalDate date, @NotNull LocalTime start,
                          @NotNull LocalTime end, @NotNull PlaceKind placeKind, UUID spaceId,
                          @Size(max = 200) String placeNote, @Size(max = 200) String lecturer,
                          @NotNull @Min(1) @Max(1000) Integer capacity) {
}
