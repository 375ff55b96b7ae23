package jp.kyodonet.programme.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.FactSupplier;
import jp.kyodonet.programme.entity.ProgrammeStatus;

/**
 * The programme indicators of the current centre (講座・イベント): programmes run in the fiscal year, sessions held,
 * participations (attended registrations) and survey answers with their satisfaction points and "understanding
 * improved", each in the month of its session.
 */
@ApplicationScoped
public class ProgrammeFacts implements FactSupplier {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    @Override
    public String source() {
        return "programme";
    }

    @Override
    public void supply(FactSheet sheet) {
        Long run = em.createQuery("SELECT COUNT(p) FROM Programme p WHERE p.fiscalYear = :year AND p.status <> :planned",
                Long.class).setParameter("year", sheet.fiscalYear()).setParameter("planned", ProgrammeStatus.PLANNED)
                .getSingleResult();
        sheet.add(0, "programmes.count", "", BigDecimal.valueOf(run));
        for (LocalDate held : em.createQuery("SELECT s.date FROM ProgrammeSession s WHERE s.date BETWEEN :from AND :to",
                LocalDate.class).setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            sheet.count(held, "programmes.sessions");
        }
        for (Object[] r : em.createQuery("SELECT s.date, COUNT(g) FROM Registration g, ProgrammeSession s"
                        + " WHERE s.id = g.sessionId AND g.attended = TRUE AND s.date BETWEEN :from AND :to GROUP BY s.date",
                        Object[].class)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            sheet.on((LocalDate) r[0], "programmes.participations", "", number(r[1]));
        }
        for (Object[] r : em.createQuery("SELECT s.date, COUNT(a), SUM(a.satisfaction),"
                        + " SUM(CASE WHEN a.understandingImproved = TRUE THEN 1 ELSE 0 END)"
                        + " FROM SurveyAnswer a, ProgrammeSession s"
                        + " WHERE s.id = a.sessionId AND s.date BETWEEN :from AND :to GROUP BY s.date", Object[].class)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            LocalDate held = (LocalDate) r[0];
            sheet.on(held, "programmes.surveyAnswers", "", number(r[1]));
            sheet.on(held, "programmes.satisfactionPoints", "", number(r[2]));
            sheet.on(held, "programmes.understandingImproved", "", number(r[3]));
        }
    }

    private static BigDecimal number(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    @Override
    public OptionalInt firstYear() {
        Integer programme = em.createQuery("SELECT MIN(p.fiscalYear) FROM Programme p", Integer.class).getSingleResult();
        LocalDate session = em.createQuery("SELECT MIN(s.date) FROM ProgrammeSession s", LocalDate.class).getSingleResult();
        return FactSheet.earliest(programme, FactSheet.yearOf(session));
    }
}
