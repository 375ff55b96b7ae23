package jp.kyodonet.consultation.boundary;

import jakarta.validation.constraints.Size;

/** Who is brought in when work starts: experts or practitioners, and the linked city divisions. */
public record WorkForm(@Size(max = 1000) String experts, @Size(max = 1000) String cityDivisions) {
}
