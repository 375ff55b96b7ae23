package jp.kyodonet.attachment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kyodonet.tenants.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a record: its name as uploaded, the type found in its content, its size, SHA-256 and number
 * of chunks (the bytes are rows of {@code record_attachment_chunk}, see {@code AttachmentChunks}). {@code tenantId} is the centre that owns the record; every
 * query names it (a network case's files are read by other centres once it is published).
 */
@Entity
@Table(name = "record_attachment")
public class Attachment {

    /** The bytes of one chunk at most. */
    public static final int CHUNK_BYTES = 256 * 1024;

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "tenant_id", length = 32, nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", length = 20, nullable = false, updatable = false)
    private RecordKind recordKind;

    @Column(name = "record_id", length = 36, nullable = false, updatable = false)
    private String recordId;

    @Column(name = "file_name", length = 255, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", length = 120, nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "chunks", nullable = false, updatable = false)
    private int chunks;

    @Column(name = "uploaded_by", length = 200, nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploader", length = 255, nullable = false, updatable = false)
    private String uploader;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
        // for JPA
    }

    public Attachment(UUID id, TenantId owner, RecordKind kind, UUID recordId, String fileName, String contentType,
                      long sizeBytes, String sha256, int chunks, String uploadedBy, String uploader, Instant uploadedAt) {
        this.id = id.toString();
        this.tenantId = owner.value();
        this.recordKind = kind;
        this.recordId = recordId.toString();
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.chunks = chunks;
        this.uploadedBy = uploadedBy;
        this.uploader = uploader;
        this.uploadedAt = uploadedAt;
    }

    public UUID id() { return UUID.fromString(id); }
    public TenantId owner() { return new TenantId(tenantId); }
    public RecordKind recordKind() { return recordKind; }
    public UUID recordId() { return UUID.fromString(recordId); }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public int chunks() { return chunks; }
    /** The subject of the person who uploaded it. */
    public String uploadedBy() { return uploadedBy; }
    /** Their name as the directory has it. */
    public String uploader() { return uploader; }
    public Instant uploadedAt() { return uploadedAt; }
}
