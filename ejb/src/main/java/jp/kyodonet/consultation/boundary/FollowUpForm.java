package jp.kyodonet.consultation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The next action of a consultation in follow-up (継続フォロー). */
public record FollowUpForm(@NotNull LocalDate nextActionOn, @Size(max = 1000) String note) {
}
