package jp.kyodonet.consultation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the receiving centre declines a referral (the sender reads it). */
public record DeclineForm(@NotBlank @Size(max = 2000) String reason) {
}
