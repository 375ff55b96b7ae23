package jp.kyodonet.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user can understand and act on. Thrown by entities and boundaries; rolls the transaction
 * back, so nothing is written; answered as {@code application/problem+json} with the status of the kind.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of refusal, each with its HTTP status and problem type. */
    public enum Kind {
        INVALID_INPUT(400, "invalid-input", new Message("入力内容に誤りがあります", "The input is not valid")),
        FORBIDDEN(403, "forbidden", new Message("この操作をする権限がありません", "Not allowed")),
        NOT_FOUND(404, "not-found", new Message("見つかりません", "Not found")),
        CONFLICT(409, "conflict", new Message("現在の状態ではこの操作はできません", "The operation conflicts with the current state")),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", new Message("リクエスト本文が大きすぎます", "Payload too large")),
        STALE_VERSION(412, "stale-version", new Message("他の人が先に更新しました", "Someone else changed this record first")),
        VERSION_REQUIRED(428, "version-required", new Message("版の指定が必要です", "Version required"));

        private final int status;
        private final String type;
        private final Message title;

        Kind(int status, String type, Message title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String type() {
            return type;
        }

        public Message title() {
            return title;
        }
    }

    private final Kind kind;
    private final Message detail;
    private final transient java.util.List<FieldError> fieldErrors;

    public DomainException(Kind kind, Message detail) {
        this(kind, detail, java.util.List.of());
    }

    public DomainException(Kind kind, Message detail, java.util.List<FieldError> fieldErrors) {
        super(detail.en(), null, false, false);
        this.kind = kind;
        this.detail = detail;
        this.fieldErrors = java.util.List.copyOf(fieldErrors);
    }

    public Kind kind() {
        return kind;
    }

    public Message detail() {
        return detail;
    }

    public java.util.List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public static DomainException notFound(String recordJa, String recordEn) {
        return new DomainException(Kind.NOT_FOUND,
                new Message(recordJa + "が見つかりません", recordEn + " not found"));
    }

    public static DomainException staleVersion() {
        return new DomainException(Kind.STALE_VERSION,
                new Message("このデータは他の人が先に更新しました。最新の内容を読み込んでからやり直してください。",
                        "This record was changed by someone else. Reload it and try again."));
    }

    public static DomainException versionRequired() {
        return new DomainException(Kind.VERSION_REQUIRED,
                new Message("変更には取得時の版（If-Match ヘッダーまたは version）を指定してください",
                        "A change must carry the version it is based on (If-Match header or version field)"));
    }

    /** The caller's role may do this in general, but not to this record (e.g. a column that is another side's). */
    public static DomainException forbidden(Message detail) {
        return new DomainException(Kind.FORBIDDEN, detail);
    }

    public static DomainException conflict(Message detail) {
        return new DomainException(Kind.CONFLICT, detail);
    }

    public static DomainException invalidInput(java.util.List<FieldError> errors) {
        return new DomainException(Kind.INVALID_INPUT,
                new Message("入力内容を確認してください（" + errors.size() + "件）",
                        "Please check the input (" + errors.size() + " problem" + (errors.size() == 1 ? ")" : "s)")),
                errors);
    }
}
