package jp.kyodonet.collaboration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.kyodonet.collaboration.entity.Proposal;
import jp.kyodonet.collaboration.entity.ProposalStatus;
import jp.kyodonet.collaboration.entity.SupportLogEntry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Proposals and their support logs of the current centre (TENANT scope: the platform adds the tenant). */
@Dependent
public class ProposalRepository {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    public void add(Object record) {
        em.persist(record);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Proposal> find(UUID id) {
        return Optional.ofNullable(em.find(Proposal.class, id.toString()));
    }

    public Optional<Proposal> byToken(String token) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.statusToken = :token", Proposal.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    /** Newest first; a fiscal year and a status optional. */
    public List<Proposal> list(Integer fiscalYear, ProposalStatus status) {
        String where = " WHERE 1 = 1" + (fiscalYear == null ? "" : " AND p.fiscalYear = :year")
                + (status == null ? "" : " AND p.status = :status");
        TypedQuery<Proposal> query = em.createQuery("SELECT p FROM Proposal p" + where
                + " ORDER BY p.receivedOn DESC, p.updatedAt DESC, p.id", Proposal.class);
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(1000).getResultList();
    }

    /** The centre's proposals of a fiscal year: {status, count}. */
    public List<Object[]> countByStatus(int fiscalYear) {
        return em.createQuery("SELECT p.status, COUNT(p) FROM Proposal p WHERE p.fiscalYear = :year GROUP BY p.status",
                Object[].class).setParameter("year", fiscalYear).getResultList();
    }

    public List<SupportLogEntry> supportLog(UUID proposalId) {
        return em.createQuery("SELECT s FROM SupportLogEntry s WHERE s.proposalId = :proposal"
                        + " ORDER BY s.date, s.recordedAt", SupportLogEntry.class)
                .setParameter("proposal", proposalId.toString()).getResultList();
    }
}
