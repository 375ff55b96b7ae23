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
import jp.kyodonet.platform.persistence.Like;
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

    /** The current centre's audit log, newest first (centre managers), narrowed by {@code filter}. */
    @RolesAllowed(Roles.CENTRE_MANAGER)
    public Page<AuditRecord> recent(@Valid @NotNull PageRequest page, @NotNull AuditFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND LOWER(a.actor) LIKE :actor").append(Like.ESCAPE);
            parameters.put("actor", Like.containing(filter.actor()));
        }
        if (filter.action() != null) {
            where.append(" AND a.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.recordType() != null) {
            where.append(" AND a.recordType = :type");
            parameters.put("type", filter.recordType());
        }
        if (filter.recordId() != null) {
            where.append(" AND a.recordId = :record");
            parameters.put("record", filter.recordId().toString());
        }
        if (filter.from() != null) {
            where.append(" AND a.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(BusinessClock.JAPAN).toInstant());
        }
        if (filter.to() != null) {
            where.append(" AND a.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(BusinessClock.JAPAN).toInstant());
        }
        var query = em.createQuery("SELECT a FROM AuditEntry a" + where + " ORDER BY a.occurredAt DESC", AuditEntry.class);
        var count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<AuditRecord> items = query.setFirstResult(page.firstResult())
                .setMaxResults(page.size())
                .getResultStream()
                .map(e -> new AuditRecord(e.occurredAt(), e.actor(), e.action().name(), e.recordType(), e.recordId()))
                .toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
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
