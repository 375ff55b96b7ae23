package jp.kyodonet.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.FactSupplier;
import jp.kyodonet.organisation.entity.RegistrationStatus;
import jp.kyodonet.organisation.entity.RenewalOutcome;
import jp.kyodonet.platform.time.FiscalYear;

/**
 * The organisation indicators of the current centre (団体登録): new registrations per month, and per fiscal year the
 * renewals due (decided renewals of that year, and registrations still running out at its start) and renewed.
 */
@ApplicationScoped
public class OrganisationFacts implements FactSupplier {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    /** The fiscal year in which a registration expiring on {@code expiresOn} is due for renewal. */
    static int renewalYear(LocalDate expiresOn) {
        return FiscalYear.of(expiresOn).startYear() + 1;
    }

    @Override
    public String source() {
        return "organisation";
    }

    @Override
    public void supply(FactSheet sheet) {
        for (LocalDate registered : em.createQuery("SELECT o.registeredOn FROM Organisation o"
                        + " WHERE o.registeredOn BETWEEN :from AND :to", LocalDate.class)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            sheet.count(registered, "organisations.newRegistrations");
        }
        for (Object[] r : em.createQuery("SELECT r.outcome, COUNT(r) FROM RenewalRecord r WHERE r.dueFiscalYear = :year"
                        + " GROUP BY r.outcome", Object[].class)
                .setParameter("year", sheet.fiscalYear()).getResultList()) {
            BigDecimal n = BigDecimal.valueOf(((Number) r[1]).longValue());
            sheet.add(0, "organisations.renewalDue", "", n);
            if (r[0] == RenewalOutcome.RENEWED) {
                sheet.add(0, "organisations.renewed", "", n);
            }
        }
        // expiring in the year before: due in this one
        FiscalYear before = new FiscalYear(sheet.fiscalYear() - 1);
        Long running = em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.status = :registered"
                        + " AND o.expiresOn BETWEEN :from AND :to", Long.class)
                .setParameter("registered", RegistrationStatus.REGISTERED)
                .setParameter("from", before.firstDay()).setParameter("to", before.lastDay()).getSingleResult();
        sheet.add(0, "organisations.renewalDue", "", BigDecimal.valueOf(running));
        registered(sheet);
    }

    /**
     * The other reading of 000's 「登録団体数20団体」: the organisations whose registration is in force at each month's
     * end of the year up to this month (this month: today), new or renewed, including those that lapsed since.
     */
    private void registered(FactSheet sheet) {
        java.time.YearMonth thisMonth = java.time.YearMonth.from(sheet.today());
        List<Object[]> spans = em.createQuery("SELECT o.registeredOn, o.expiresOn FROM Organisation o"
                        + " WHERE o.status IN :counted AND o.registeredOn <= :to AND o.expiresOn >= :from", Object[].class)
                .setParameter("counted", List.of(RegistrationStatus.REGISTERED, RegistrationStatus.LAPSED))
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList();
        for (int month = 1; month <= 12; month++) {
            java.time.YearMonth m = sheet.calendarMonth(month);
            if (m.isAfter(thisMonth)) {
                break;
            }
            LocalDate cutoff = m.equals(thisMonth) ? sheet.today() : m.atEndOfMonth();
            long inForce = spans.stream().filter(r -> !((LocalDate) r[0]).isAfter(cutoff) && !((LocalDate) r[1]).isBefore(cutoff))
                    .count();
            sheet.add(month, "organisations.registered", "", BigDecimal.valueOf(inForce));
        }
    }

    @Override
    public OptionalInt firstYear() {
        LocalDate first = em.createQuery("SELECT MIN(o.registeredOn) FROM Organisation o", LocalDate.class).getSingleResult();
        Integer due = em.createQuery("SELECT MIN(r.dueFiscalYear) FROM RenewalRecord r", Integer.class).getSingleResult();
        return FactSheet.earliest(FactSheet.yearOf(first), due);
    }
}
