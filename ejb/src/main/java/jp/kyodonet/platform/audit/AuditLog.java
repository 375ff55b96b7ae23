package jp.kyodonet.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.security.CurrentUser;
import jp.kyodonet.platform.security.Roles;
import jp.kyodonet.platform.time.BusinessClock;

import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the current centre's audit log. Writing joins the caller's transaction
 * ({@code MANDATORY}): an act and its audit line commit or roll back together.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    BusinessClock clock;

    /** Records that the current user did {@code action} to a record. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditEntry.Action action, String recordType, UUID recordId) {
        em.persist(new AuditEntry(clock.now(), user.signature(), action, recordType, recordId));
    }

    /** The current centre's audit log, newest first (centre managers). */
    @RolesAllowed(Roles.CENTRE_MANAGER)
    public Page<AuditRecord> recent(@Valid @NotNull PageRequest page) {
        List<AuditRecord> items = em.createNamedQuery(AuditEntry.RECENT, AuditEntry.class)
                .setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultStream()
                .map(e -> new AuditRecord(e.occurredAt(), e.actor(), e.action().name(), e.recordType(), e.recordId()))
                .toList();
        long total = em.createNamedQuery(AuditEntry.COUNT, Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The audit lines of one record of the current centre, newest first. */
    public List<AuditLine> ofRecord(String recordType, UUID recordId) {
        return em.createNamedQuery(AuditEntry.FIND_BY_RECORD, AuditEntry.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId.toString())
                .getResultStream()
                .map(e -> new AuditLine(e.occurredAt(), e.actor(), e.action().name()))
                .toList();
    }
}
