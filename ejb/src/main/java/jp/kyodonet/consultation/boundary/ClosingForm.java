package jp.kyodonet.consultation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyodonet.consultation.entity.Outcome;

import java.time.LocalDate;

/** How and when a consultation ended, with an optional note. */
public record ClosingForm(@NotNull Outcome outcome, @NotNull LocalDate closedOn, @Size(max = 2000) String note) {
}
