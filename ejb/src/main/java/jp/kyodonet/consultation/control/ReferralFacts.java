package jp.kyodonet.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.OptionalInt;
import jp.kyodonet.consultation.entity.ReferralStatus;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.FactSupplier;
import jp.kyodonet.platform.tenancy.CurrentTenant;

/**
 * The referral indicators of the current centre: sent by it, received by it (not withdrawn) and accepted by it,
 * each in the month of its day in Japan. Referrals are NETWORK records: every query names the current centre.
 */
@ApplicationScoped
public class ReferralFacts implements FactSupplier {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Override
    public String source() {
        return "referral";
    }

    @Override
    public void supply(FactSheet sheet) {
        String centre = centre();
        for (Object[] r : em.createQuery("SELECT r.fromTenant, r.toTenant, r.status, r.sentAt, r.answeredAt FROM Referral r"
                        + " WHERE (r.fromTenant = :centre OR r.toTenant = :centre)"
                        + " AND ((r.sentAt >= :from AND r.sentAt < :until) OR (r.answeredAt >= :from AND r.answeredAt < :until))",
                        Object[].class)
                .setParameter("centre", centre).setParameter("from", sheet.fromInstant())
                .setParameter("until", sheet.untilInstant()).getResultList()) {
            Instant sent = (Instant) r[3];
            if (centre.equals(r[0])) {
                sheet.count(sent, "referrals.sent");
            }
            if (centre.equals(r[1])) {
                if (r[2] != ReferralStatus.WITHDRAWN) {
                    sheet.count(sent, "referrals.received");
                }
                if (r[2] == ReferralStatus.ACCEPTED) {
                    sheet.count((Instant) r[4], "referrals.accepted");
                }
            }
        }
    }

    @Override
    public OptionalInt firstYear() {
        String centre = centre();
        Instant first = em.createQuery("SELECT MIN(r.sentAt) FROM Referral r WHERE r.fromTenant = :centre OR r.toTenant = :centre",
                Instant.class).setParameter("centre", centre).getSingleResult();
        return FactSheet.earliest(FactSheet.yearOf(first == null ? null : first.atZone(FactSheet.JAPAN).toLocalDate()), null);
    }

    private String centre() {
        return tenant.get().orElseThrow(() -> new IllegalStateException("referral facts outside a centre")).value();
    }
}
