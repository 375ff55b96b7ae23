package jp.kyodonet.consultation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.kyodonet.consultation.entity.Referral;
import jp.kyodonet.consultation.entity.ReferralStatus;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.tenants.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Referrals (NETWORK scope). Not tenant-filtered by the platform, so every query here names the centre
 * that asks, as sender or receiver: a referral is found only by the two centres it concerns.
 */
@Dependent
public class ReferralRepository {

    /** Which referrals of a centre: those it received, or those it sent. */
    public enum Box { INCOMING, OUTGOING }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    /** The referral if {@code centre} sent or received it. */
    public Optional<Referral> findFor(TenantId centre, UUID id) {
        return Optional.ofNullable(em.find(Referral.class, id.toString()))
                .filter(r -> r.isSentBy(centre) || r.isAddressedTo(centre));
    }

    /**
     * The referral, locked against every other answer until this transaction ends, if {@code centre} sent
     * or received it: parallel accepts are served one after the other and the later ones find it answered.
     */
    public Optional<Referral> lockFor(TenantId centre, UUID id) {
        return Optional.ofNullable(em.find(Referral.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .filter(r -> r.isSentBy(centre) || r.isAddressedTo(centre));
    }

    public void add(Referral referral) {
        em.persist(referral);
    }

    public void flush() {
        em.flush();
    }

    /** Newest first. */
    public Page<Referral> list(TenantId centre, Box box, ReferralStatus status, PageRequest page) {
        String side = box == Box.INCOMING ? "r.toTenant" : "r.fromTenant";
        String where = " WHERE " + side + " = :centre" + (status == null ? "" : " AND r.status = :status");
        TypedQuery<Referral> items = em.createQuery("SELECT r FROM Referral r" + where + " ORDER BY r.sentAt DESC, r.id",
                Referral.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(r) FROM Referral r" + where, Long.class);
        items.setParameter("centre", centre.value());
        total.setParameter("centre", centre.value());
        if (status != null) {
            items.setParameter("status", status);
            total.setParameter("status", status);
        }
        List<Referral> found = items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), total.getSingleResult());
    }

    /** The referrals {@code centre} sent about one of its consultations, newest first. */
    public List<Referral> sentAbout(TenantId centre, UUID consultationId) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.fromTenant = :centre AND r.sourceConsultationId = :id"
                        + " ORDER BY r.sentAt DESC", Referral.class)
                .setParameter("centre", centre.value())
                .setParameter("id", consultationId.toString())
                .getResultList();
    }
}
