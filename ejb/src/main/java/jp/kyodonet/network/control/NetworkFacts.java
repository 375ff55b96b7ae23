package jp.kyodonet.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;
import jp.kyodonet.network.entity.CaseStatus;
import jp.kyodonet.network.entity.PartnerSector;
import jp.kyodonet.platform.persistence.EnumTags;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.FactSupplier;
import jp.kyodonet.platform.tenancy.CurrentTenant;

/**
 * The network indicators of the current centre: cases it published to the network, and its attendees at network
 * meetings in the month of the meeting. NETWORK records: every query names the current centre.
 */
@ApplicationScoped
public class NetworkFacts implements FactSupplier {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Inject
    CurrentTenant tenant;

    @Override
    public String source() {
        return "network";
    }

    @Override
    public void supply(FactSheet sheet) {
        String centre = centre();
        for (Instant published : em.createQuery("SELECT c.publishedAt FROM CaseStudy c WHERE c.ownerTenant = :centre"
                        + " AND c.publishedAt >= :from AND c.publishedAt < :until", Instant.class)
                .setParameter("centre", centre).setParameter("from", sheet.fromInstant())
                .setParameter("until", sheet.untilInstant()).getResultList()) {
            sheet.count(published, "network.casesPublished");
        }
        // 000's 地域好事例: a case of a neighbourhood association with a civic group or NPO, published to the public
        for (Object[] r : em.createQuery("SELECT c.publishedAt, c.sectors FROM CaseStudy c WHERE c.ownerTenant = :centre"
                        + " AND c.status = :public AND c.publishedAt >= :from AND c.publishedAt < :until", Object[].class)
                .setParameter("centre", centre).setParameter("public", CaseStatus.PUBLIC)
                .setParameter("from", sheet.fromInstant()).setParameter("until", sheet.untilInstant()).getResultList()) {
            Set<PartnerSector> sectors = EnumTags.read((String) r[1], PartnerSector.class);
            if (sectors.contains(PartnerSector.NEIGHBOURHOOD_ASSOCIATION)
                    && (sectors.contains(PartnerSector.NPO) || sectors.contains(PartnerSector.VOLUNTARY_GROUP))) {
                sheet.count((Instant) r[0], "network.goodPracticesPublished");
            }
        }
        for (LocalDate held : em.createQuery("SELECT m.date FROM NetworkMeeting m WHERE m.ownerTenant = :centre"
                        + " AND m.date BETWEEN :from AND :to", LocalDate.class)
                .setParameter("centre", centre).setParameter("from", sheet.from()).setParameter("to", sheet.to())
                .getResultList()) {
            sheet.count(held, "network.meetingsHeld");
        }
        for (Object[] r : em.createQuery("SELECT m.date, SUM(a.attendees) FROM Attendance a, NetworkMeeting m"
                        + " WHERE m.id = a.meetingId AND a.tenant = :centre AND m.date BETWEEN :from AND :to GROUP BY m.date",
                        Object[].class)
                .setParameter("centre", centre).setParameter("from", sheet.from()).setParameter("to", sheet.to())
                .getResultList()) {
            sheet.on((LocalDate) r[0], "network.meetingAttendance", "", new BigDecimal(r[1].toString()));
        }
    }

    @Override
    public OptionalInt firstYear() {
        LocalDate first = em.createQuery("SELECT MIN(m.date) FROM Attendance a, NetworkMeeting m"
                + " WHERE m.id = a.meetingId AND a.tenant = :centre", LocalDate.class).setParameter("centre", centre())
                .getSingleResult();
        Instant published = em.createQuery("SELECT MIN(c.publishedAt) FROM CaseStudy c WHERE c.ownerTenant = :centre",
                Instant.class).setParameter("centre", centre()).getSingleResult();
        LocalDate held = em.createQuery("SELECT MIN(m.date) FROM NetworkMeeting m WHERE m.ownerTenant = :centre",
                LocalDate.class).setParameter("centre", centre()).getSingleResult();
        if (held != null && (first == null || held.isBefore(first))) {
            first = held;
        }
        return FactSheet.earliest(FactSheet.yearOf(first),
                FactSheet.yearOf(published == null ? null : published.atZone(FactSheet.JAPAN).toLocalDate()));
    }

    private String centre() {
        return tenant.get().orElseThrow(() -> new IllegalStateException("network facts outside a centre")).value();
    }
}
