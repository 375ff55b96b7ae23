package jp.kyodonet.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.Outcome;
import jp.kyodonet.consultation.entity.Track;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.FactSupplier;

/**
 * The consultation indicators of the current centre (総合相談): received, activity consultations (not facility
 * inquiries), closed, days to the first response (a distribution, so the city's median is exact) and the
 * overdue follow-ups at each month's end (this month: today). Scalar JPQL over the centre's consultations only.
 */
@ApplicationScoped
public class ConsultationFacts implements FactSupplier {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Override
    public String source() {
        return "consultation";
    }

    @Override
    public void supply(FactSheet sheet) {
        for (Object[] r : em.createQuery("SELECT c.receivedOn, c.track, c.firstResponseAt FROM Consultation c"
                        + " WHERE c.receivedOn BETWEEN :from AND :to", Object[].class)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            LocalDate received = (LocalDate) r[0];
            sheet.count(received, "consultations.received");
            if (r[1] != Track.FACILITY_INQUIRY) {
                sheet.count(received, "consultations.activity");
            }
            if (r[2] != null) {
                LocalDate responded = ((Instant) r[2]).atZone(FactSheet.JAPAN).toLocalDate();
                long days = Math.max(0, ChronoUnit.DAYS.between(received, responded));
                sheet.on(received, "consultations.firstResponseDays", String.valueOf(days), BigDecimal.ONE);
            }
        }
        for (Object[] r : em.createQuery("SELECT c.closedOn, c.outcome FROM Consultation c WHERE c.status = :closed"
                        + " AND c.closedOn BETWEEN :from AND :to", Object[].class)
                .setParameter("closed", ConsultationStatus.CLOSED)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            sheet.count((LocalDate) r[0], "consultations.closed");
            if (r[1] == Outcome.COLLABORATION_PROPOSAL) {
                sheet.count((LocalDate) r[0], "consultations.ledToProposal");
            }
        }
        overdue(sheet);
    }

    /** Open and past the next-action date at each month's end of the year up to this month (this month: today). */
    private void overdue(FactSheet sheet) {
        YearMonth thisMonth = YearMonth.from(sheet.today());
        YearMonth first = sheet.calendarMonth(1);
        YearMonth last = sheet.calendarMonth(12);
        if (last.isAfter(thisMonth)) {
            last = thisMonth;
        }
        if (last.isBefore(first)) {
            return;
        }
        for (Object[] r : em.createQuery("SELECT c.receivedOn, c.nextActionOn, c.closedOn FROM Consultation c"
                        + " WHERE c.nextActionOn IS NOT NULL AND c.nextActionOn <= :to"
                        + " AND (c.closedOn IS NULL OR c.closedOn >= :from)", Object[].class)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            LocalDate received = (LocalDate) r[0];
            LocalDate next = (LocalDate) r[1];
            LocalDate closed = (LocalDate) r[2];
            YearMonth start = YearMonth.from(next).isBefore(first) ? first : YearMonth.from(next);
            for (YearMonth m = start; !m.isAfter(last); m = m.plusMonths(1)) {
                LocalDate cutoff = m.equals(thisMonth) ? sheet.today() : m.plusMonths(1).atDay(1);
                if (closed != null && closed.isBefore(cutoff)) {
                    break;
                }
                if (next.isBefore(cutoff) && received.isBefore(cutoff)) {
                    sheet.add(FactSheet.fiscalMonth(m.getMonthValue()), "consultations.overdue", "", BigDecimal.ONE);
                }
            }
        }
    }

    @Override
    public OptionalInt firstYear() {
        LocalDate first = em.createQuery("SELECT MIN(c.receivedOn) FROM Consultation c", LocalDate.class).getSingleResult();
        return FactSheet.earliest(FactSheet.yearOf(first), null);
    }
}
