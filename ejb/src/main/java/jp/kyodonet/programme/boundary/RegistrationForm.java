package jp.kyodonet.programme.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person's registration (personal data), with consent to the centre's participant base. */
public record RegistrationForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String contact,
                               @Size(max = 200) String organisation, @NotNull Boolean participantBaseConsent) {
}
