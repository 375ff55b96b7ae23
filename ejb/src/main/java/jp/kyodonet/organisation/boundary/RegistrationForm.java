package jp.kyodonet.organisation.boundary;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The four requirements as staff confirmed them, and the registration date (today when absent). */
public record RegistrationForm(@NotNull Boolean nonProfit, @NotNull Boolean autonomous, @NotNull Boolean publicBenefit,
                               @NotNull Boolean local, LocalDate registeredOn) {
}
