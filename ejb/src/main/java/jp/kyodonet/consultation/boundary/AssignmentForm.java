package jp.kyodonet.consultation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who takes the consultation: the staff member's account (token subject) and display name. */
public record AssignmentForm(@NotBlank @Size(max = 200) String assigneeSubject, @Size(max = 200) String assigneeName) {
}
