package jp.kyodonet.web.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jp.kyodonet.attachment.boundary.RecordComments;
import jp.kyodonet.attachment.boundary.RecordFiles;
import jp.kyodonet.attachment.entity.RecordKind;
import jp.kyodonet.web.platform.Params;
import jp.kyodonet.web.platform.Validation;

import java.util.UUID;

/**
 * What a record's resource hands its {@code {id}/attachments} and {@code {id}/comments} paths to: the same files and
 * comments for every kind of record, the record named by kind and id (a malformed id is the record's 404).
 */
@RequestScoped
public class RecordParts {

    @Inject
    RecordFiles files;

    @Inject
    RecordComments comments;

    @Inject
    Validation validation;

    public RecordFilesResource files(RecordKind kind, String id) {
        return new RecordFilesResource(files, kind, id);
    }

    public RecordCommentsResource comments(RecordKind kind, String id) {
        return new RecordCommentsResource(comments, validation, kind, id);
    }

    /**
     * The record's id, read in the resource method: a locator runs before the request is authenticated, so a
     * malformed id there would answer 404 to a caller without a token.
     */
    static UUID recordId(RecordKind kind, String id) {
        return Params.id(id, kind.ja(), kind.en());
    }
}
