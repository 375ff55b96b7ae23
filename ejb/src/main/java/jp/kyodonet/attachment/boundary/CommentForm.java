package jp.kyodonet.attachment.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A comment: its text and the subjects of the colleagues it mentions (people of the centre's staff directory). */
public record CommentForm(@NotBlank @Size(max = 2000) String body, @NotNull @Size(max = 20) List<@NotBlank String> mentions) {
}
