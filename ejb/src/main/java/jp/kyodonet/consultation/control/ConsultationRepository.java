package jp.kyodonet.consultation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.time.FiscalYear;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Consultations of the current centre. Every query here goes through the tenant-filtered persistence
 * unit: there is no way to name another centre's record.
 */
@Dependent
public class ConsultationRepository {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    public Optional<Consultation> find(UUID id) {
        return Optional.ofNullable(em.find(Consultation.class, id.toString()));
    }

    public Optional<Consultation> findBySubmissionKey(String key) {
        return em.createNamedQuery(Consultation.FIND_BY_SUBMISSION_KEY, Consultation.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    public void add(Consultation consultation) {
        em.persist(consultation);
    }

    public void remove(Consultation consultation) {
        em.remove(consultation);
    }

    /** Writes pending changes now, so that version clashes and key clashes surface inside the use case. */
    public void flush() {
        em.flush();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Consultation c", Long.class).getSingleResult();
    }

    /** Newest first, filtered by status and fiscal year when given. */
    public Page<Consultation> list(ConsultationStatus status, FiscalYear fiscalYear, PageRequest page) {
        String where = " WHERE 1 = 1"
                + (status != null ? " AND c.status = :status" : "")
                + (fiscalYear != null ? " AND c.fiscalYear = :fiscalYear" : "");
        TypedQuery<Consultation> items = em.createQuery(
                "SELECT c FROM Consultation c" + where + " ORDER BY c.receivedOn DESC, c.createdAt DESC, c.id",
                Consultation.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(c) FROM Consultation c" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, total)) {
            if (status != null) {
                query.setParameter("status", status);
            }
            if (fiscalYear != null) {
                query.setParameter("fiscalYear", fiscalYear.startYear());
            }
        }
        List<Consultation> found = items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), total.getSingleResult());
    }
}
