package jp.kyodonet.attachment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.attachment.control.AttachmentChunks;
import jp.kyodonet.attachment.control.AttachmentUsage;
import jp.kyodonet.attachment.control.FileLimits;
import jp.kyodonet.attachment.control.FileTypes;
import jp.kyodonet.attachment.control.RecordAccess;
import jp.kyodonet.attachment.entity.Attachment;
import jp.kyodonet.attachment.entity.RecordKind;
import jp.kyodonet.platform.audit.AuditEntry;
import jp.kyodonet.platform.audit.AuditLog;
import jp.kyodonet.platform.error.DomainException;
import jp.kyodonet.platform.error.FieldError;
import jp.kyodonet.platform.error.Message;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.TenantId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The files of a centre's records. An upload is read from the request one chunk at a time and written as it comes
 * (a server holds one chunk of a file, never the whole), its type found in its first bytes, its size held to the
 * file limit as it is read and to the centre's limit by one conditional UPDATE in the same transaction (two uploads
 * at once cannot both pass it); a refused upload leaves nothing. A download is audit-logged (a file may hold
 * anyone's personal data) and read back chunk by chunk by the caller ({@link #chunk}).
 */
@Stateless
@RolesAllowed({Roles.CENTRE_STAFF, Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR})
public class RecordFiles {

    static final String RECORD_TYPE = "attachment";

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    AttachmentUsage usage;

    @Inject
    AttachmentChunks chunks;

    @Inject
    RecordAccess access;

    @Inject
    FileLimits limits;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    /** The record's files, newest first. */
    public AttachmentList list(@NotNull RecordKind kind, @NotNull UUID recordId) {
        RecordAccess.Target target = access.readable(kind, recordId);
        List<AttachmentView> files = em.createQuery("SELECT a FROM Attachment a WHERE a.tenantId = :owner"
                        + " AND a.recordKind = :kind AND a.recordId = :record ORDER BY a.uploadedAt DESC, a.id", Attachment.class)
                .setParameter("owner", target.owner().value()).setParameter("kind", kind)
                .setParameter("record", recordId.toString()).getResultList().stream()
                .map(a -> view(a, target)).toList();
        return target.writable()
                ? new AttachmentList(files, true, limits.fileBytes(), usage.used(target.owner()), limits.centreBytes(target.owner()))
                : new AttachmentList(files, false, limits.fileBytes(), null, null);
    }

    /**
     * Adds the file read from {@code content} (at most the file limit; {@code declaredLength} is the request's
     * Content-Length, -1 when not known, used only to refuse a file too large before reading it).
     */
    public AttachmentView upload(@NotNull RecordKind kind, @NotNull UUID recordId, String fileName,
                                 @NotNull InputStream content, long declaredLength) {
        RecordAccess.Target target = access.writable(kind, recordId);
        String name = fileName(fileName);
        long fileLimit = limits.fileBytes();
        long centreLimit = limits.centreBytes(target.owner());
        if (declaredLength > fileLimit) {
            throw tooLarge(fileLimit);
        }
        if (declaredLength > 0 && usage.used(target.owner()) + declaredLength > centreLimit) {
            throw centreFull(centreLimit);
        }
        UUID id = UUID.randomUUID();
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[Attachment.CHUNK_BYTES];
        String type = null;
        long size = 0;
        int seq = 0;
        int n;
        while ((n = fill(content, buffer)) > 0) {
            size += n;
            if (size > fileLimit) {
                throw tooLarge(fileLimit);
            }
            if (type == null) {
                type = FileTypes.check(buffer, n, name);
            }
            sha256.update(buffer, 0, n);
            chunks.write(id, seq++, Arrays.copyOf(buffer, n));
        }
        if (size == 0) {
            throw DomainException.invalidInput(List.of(new FieldError(FileTypes.FIELD, new Message(
                    "ファイルが空です", "the file is empty"))));
        }
        usage.ensureRow(target.owner());
        if (!usage.raise(target.owner(), size, centreLimit)) {
            throw centreFull(centreLimit);
        }
        Attachment attachment = new Attachment(id, target.owner(), kind, recordId, name, type, size,
                HexFormat.of().formatHex(sha256.digest()), seq, user.subject(), user.name(), clock.now());
        em.persist(attachment);
        audit.record(AuditEntry.Action.CREATE, RECORD_TYPE, id);
        return view(attachment, target);
    }

    /** A file to download: its description, the read audit-logged. The bytes follow with {@link #chunk}. */
    public AttachmentView open(@NotNull RecordKind kind, @NotNull UUID recordId, @NotNull UUID attachmentId) {
        RecordAccess.Target target = access.readable(kind, recordId);
        Attachment attachment = find(target, attachmentId);
        audit.record(AuditEntry.Action.READ_PERSONAL_DATA, RECORD_TYPE, attachmentId);
        return view(attachment, target);
    }

    /**
     * The {@code seq}th chunk of a file the caller opened with {@link #open} (which checked the record and wrote
     * the audit line); empty past the last.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] chunk(@NotNull UUID attachmentId, int seq) {
        return chunks.read(attachmentId, seq);
    }

    /** Removes a file: its uploader, or a manager of the centre. */
    public void remove(@NotNull RecordKind kind, @NotNull UUID recordId, @NotNull UUID attachmentId) {
        RecordAccess.Target target = access.writable(kind, recordId);
        Attachment attachment = find(target, attachmentId);
        if (!removable(attachment, target)) {
            throw DomainException.forbidden(new Message("ファイルを削除できるのは、追加した本人とセンター長（管理者）です",
                    "only the person who added a file, or a manager, removes it"));
        }
        drop(attachment);
        audit.record(AuditEntry.Action.DELETE, RECORD_TYPE, attachmentId);
    }

    /**
     * Removes every file and comment of a record the centre removes (its service calls this in the same
     * transaction; the record was looked up in the caller's centre before).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @RolesAllowed({Roles.CENTRE_MANAGER, Roles.NETWORK_COORDINATOR, Roles.CENTRE_STAFF})
    public void removeAllOf(@NotNull TenantId owner, @NotNull RecordKind kind, @NotNull UUID recordId) {
        em.createQuery("SELECT a FROM Attachment a WHERE a.tenantId = :owner AND a.recordKind = :kind AND a.recordId = :record",
                        Attachment.class).setParameter("owner", owner.value()).setParameter("kind", kind)
                .setParameter("record", recordId.toString()).getResultList().forEach(this::drop);
        em.createQuery("DELETE FROM RecordComment c WHERE c.recordKind = :kind AND c.recordId = :record")
                .setParameter("kind", kind).setParameter("record", recordId.toString()).executeUpdate();
    }

    private void drop(Attachment attachment) {
        chunks.deleteAll(attachment.id());
        em.remove(attachment);
        usage.lower(attachment.owner(), attachment.sizeBytes());
    }

    private Attachment find(RecordAccess.Target target, UUID attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId.toString());
        if (attachment == null || !attachment.owner().equals(target.owner()) || attachment.recordKind() != target.kind()
                || !attachment.recordId().equals(target.id())) {
            throw DomainException.notFound("ファイル", "File");
        }
        return attachment;
    }

    private AttachmentView view(Attachment a, RecordAccess.Target target) {
        return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), a.uploader(),
                a.uploadedAt(), removable(a, target));
    }

    private boolean removable(Attachment a, RecordAccess.Target target) {
        return target.writable() && (a.uploadedBy().equals(user.subject()) || context.isCallerInRole(Roles.CENTRE_MANAGER)
                || context.isCallerInRole(Roles.NETWORK_COORDINATOR));
    }

    /** The name as the person's computer gave it, without a folder; 1 to 200 characters, no control characters. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "").strip();
        Message problem = null;
        if (name.isEmpty()) {
            problem = new Message("ファイル名が必要です", "a file name is required");
        } else if (name.codePointCount(0, name.length()) > 200) {
            problem = new Message("ファイル名は 200 文字以内にしてください", "the file name is at most 200 characters");
        } else if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069))) {
            problem = new Message("ファイル名に使えない文字が含まれています", "the file name holds characters that cannot be used");
        } else if (name.equals(".") || name.equals("..")) {
            problem = new Message("ファイル名が正しくありません", "the file name is not valid");
        }
        if (problem != null) {
            throw DomainException.invalidInput(List.of(new FieldError("name", problem)));
        }
        return name;
    }

    private static DomainException tooLarge(long limit) {
        return new DomainException(DomainException.Kind.PAYLOAD_TOO_LARGE, new Message(
                "ファイルが大きすぎます（1 ファイル " + limit / (1024 * 1024) + " MB まで）",
                "the file is too large (" + limit / (1024 * 1024) + " MB at most)"),
                List.of(new FieldError(FileTypes.FIELD, new Message("1 ファイル " + limit / (1024 * 1024) + " MB までです",
                        "at most " + limit / (1024 * 1024) + " MB"))));
    }

    private static DomainException centreFull(long limit) {
        return new DomainException(DomainException.Kind.PAYLOAD_TOO_LARGE, new Message(
                "このセンターの添付ファイルは合計 " + limit / (1024 * 1024) + " MB までです。不要なファイルを削除してください",
                "the centre keeps at most " + limit / (1024 * 1024) + " MB of files; remove files no longer needed"),
                List.of(new FieldError(FileTypes.FIELD, new Message("センターの容量を超えます", "over the centre's limit"))));
    }

    /** Reads until {@code buffer} is full or the stream ends; the bytes read. */
    private static int fill(InputStream in, byte[] buffer) {
        try {
            int total = 0;
            int n;
            while (total < buffer.length && (n = in.read(buffer, total, buffer.length - total)) > 0) {
                total += n;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
