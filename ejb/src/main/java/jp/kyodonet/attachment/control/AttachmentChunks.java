package jp.kyodonet.attachment.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * The bytes of files, one chunk at a time ({@code record_attachment_chunk}), in plain SQL: a chunk written through
 * an entity would stay in the persistence context's change set until the transaction ends, so a 9 MB upload would
 * hold 9 MB; a statement keeps nothing once executed. Callers have checked the record and the file before.
 */
@Stateless
@PermitAll
public class AttachmentChunks {

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void write(UUID attachment, int seq, byte[] data) {
        em.createNativeQuery("INSERT INTO record_attachment_chunk (attachment_id, seq, data) VALUES (?1, ?2, ?3)")
                .setParameter(1, attachment.toString()).setParameter(2, seq).setParameter(3, data).executeUpdate();
    }

    /** The {@code seq}th chunk, or none past the last. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] read(UUID attachment, int seq) {
        List<?> rows = em.createNativeQuery("SELECT data FROM record_attachment_chunk WHERE attachment_id = ?1 AND seq = ?2")
                .setParameter(1, attachment.toString()).setParameter(2, seq).getResultList();
        return rows.isEmpty() ? new byte[0] : (byte[]) rows.get(0);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void deleteAll(UUID attachment) {
        em.createNativeQuery("DELETE FROM record_attachment_chunk WHERE attachment_id = ?1")
                .setParameter(1, attachment.toString()).executeUpdate();
    }
}
