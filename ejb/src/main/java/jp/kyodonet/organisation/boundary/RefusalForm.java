package jp.kyodonet.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the centre cannot register the organisation. */
public record RefusalForm(@NotBlank @Size(max = 2000) String reason) {
}
