package jp.kyodonet.programme.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A survey answer: satisfaction 1-5, understanding and motivation improved, a comment. */
public record SurveyForm(@NotNull @Min(1) @Max(5) Integer satisfaction, @NotNull Boolean understandingImproved,
                         @NotNull Boolean motivationImproved, @Size(max = 2000) String comment) {
}
