package jp.kyodonet.attachment.boundary;

import java.time.Instant;
import java.util.UUID;

/** A file of a record as its list shows it; {@code removable} when the caller may remove it. */
public record AttachmentView(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
                             String uploader, Instant uploadedAt, boolean removable) {
}
