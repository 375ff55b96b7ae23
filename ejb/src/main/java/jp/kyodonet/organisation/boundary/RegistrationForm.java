package jp.kyodonet.organisation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * The centre's registration requirements staff confirmed (their codes, from the organisation vocabulary), and the
 * registration date (today when absent).
 */
public record RegistrationForm(@NotNull @Size(max = 20) Set<@Size(max = 40) String> confirmed, LocalDate registeredOn) {
}
