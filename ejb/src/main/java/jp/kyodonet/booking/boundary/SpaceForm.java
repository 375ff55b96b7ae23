package jp.kyodonet.booking.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.booking.entity.BookerKind;
import jp.kyodonet.booking.entity.SpaceKind;

import java.util.Set;

/** A room or equipment item as a manager sets it up; opening hours as {@code MON=09:00-21:00;TUE=...}. */
public record SpaceForm(@NotBlank @Size(max = 100) String name,
                        @NotNull SpaceKind kind,
                        @Min(1) @Max(1000) Integer capacity,
                        @NotBlank @Size(max = 200) String openingHours,
                        @NotNull Integer slotMinutes,
                        @NotEmpty Set<BookerKind> eligible,
                        @Min(1) @Max(24) Integer maxHoursPerDay,
                        @NotNull @Min(0) @Max(366) Integer maxDaysAhead,
                        @NotNull Boolean approvalRequired,
                        @Size(max = 1000) String note) {
}
