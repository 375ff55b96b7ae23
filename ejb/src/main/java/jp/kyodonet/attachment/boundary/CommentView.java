package jp.kyodonet.attachment.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A comment as the record shows it; {@code mine} when the caller wrote it (and may remove it). */
public record CommentView(UUID id, String authorName, String body, List<String> mentions, Instant createdAt, boolean mine) {
}
