package jp.kyodonet.attachment.boundary;

import java.util.List;

/**
 * A record's files, newest first, with the limits: per file, and (for the centre that owns the record) what the
 * centre keeps and may keep. {@code writable} when the caller's centre may add files.
 */
public record AttachmentList(List<AttachmentView> files, boolean writable, long fileLimitBytes, Long centreUsedBytes,
                             Long centreLimitBytes) {
}
