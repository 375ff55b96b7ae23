package jp.kyodonet.attachment.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One chunk of a file's bytes ({@link Attachment#CHUNK_BYTES} at most), written and read one at a time; never kept
 * in the shared cache.
 */
@Entity
@Cacheable(false)
@IdClass(AttachmentChunk.Key.class)
@Table(name = "record_attachment_chunk")
public class AttachmentChunk {

    @Id
    @Column(name = "attachment_id", length = 36, nullable = false, updatable = false)
    private String attachmentId;

    @Id
    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Lob
    @Column(name = "data", nullable = false, updatable = false)
    private byte[] data;

    protected AttachmentChunk() {
        // for JPA
    }

    public AttachmentChunk(String attachmentId, int seq, byte[] data) {
        this.attachmentId = attachmentId;
        this.seq = seq;
        this.data = data;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private String attachmentId;
        private int seq;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.attachmentId, attachmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attachmentId, seq);
        }
    }
}
