package jp.kyodonet.consultation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A case card as staff write it: the day, what happened, and the next action with its date. */
public record CaseCardForm(@NotNull LocalDate writtenOn, @NotBlank @Size(max = 2000) String note,
                           @Size(max = 500) String nextAction, LocalDate nextActionOn) {
}
