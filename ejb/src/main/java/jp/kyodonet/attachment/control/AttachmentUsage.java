package jp.kyodonet.attachment.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.tenants.TenantId;

import java.util.List;

/**
 * The bytes each centre keeps in attachments ({@code attachment_usage}, native SQL: the multitenant unit runs none).
 * A centre's row is made once in a transaction of its own, so that the upload's transaction only ever takes the
 * row's exclusive lock with its conditional UPDATE (two first uploads at once would otherwise both hold the shared
 * lock of the duplicate check and deadlock on the upgrade).
 */
@Stateless
@PermitAll
public class AttachmentUsage {

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    /** Makes the centre's row if it has none (committed at once). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureRow(TenantId centre) {
        em.createNativeQuery("INSERT IGNORE INTO attachment_usage (tenant_id, used_bytes) VALUES (?1, 0)")
                .setParameter(1, centre.value()).executeUpdate();
    }

    /** Adds {@code bytes} unless the centre would pass {@code limit}; false when it would (nothing added). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean raise(TenantId centre, long bytes, long limit) {
        return em.createNativeQuery("UPDATE attachment_usage SET used_bytes = used_bytes + ?1"
                        + " WHERE tenant_id = ?2 AND used_bytes + ?1 <= ?3")
                .setParameter(1, bytes).setParameter(2, centre.value()).setParameter(3, limit).executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lower(TenantId centre, long bytes) {
        em.createNativeQuery("UPDATE attachment_usage SET used_bytes = GREATEST(used_bytes - ?1, 0) WHERE tenant_id = ?2")
                .setParameter(1, bytes).setParameter(2, centre.value()).executeUpdate();
    }

    public long used(TenantId centre) {
        List<?> rows = em.createNativeQuery("SELECT used_bytes FROM attachment_usage WHERE tenant_id = ?1")
                .setParameter(1, centre.value()).getResultList();
        return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
    }
}
