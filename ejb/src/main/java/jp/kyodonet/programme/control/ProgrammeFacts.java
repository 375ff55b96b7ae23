package jp.kyodonet.programme.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.FactSupplier;
import jp.kyodonet.programme.entity.PlanItem;
import jp.kyodonet.programme.entity.ProgrammeKind;
import jp.kyodonet.programme.entity.ProgrammeStatus;

/**
 * The programme indicators of the current centre (講座・イベント): programmes run in the fiscal year, sessions held,
 * participations (attended registrations) and survey answers with their satisfaction points and "understanding
 * improved", each in the month of its session; and the lines of the operating plan that have targets.
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
        planItems(sheet);
    }

    /**
     * The plan's lines with targets (seed 000): sessions of 市民協働スタートアップ, of other-city visits and seminars and
     * of innovation dialogues in their month; the start-up's answers and those whose understanding and motivation
     * both improved; the organisations (者) present at a 協働HUB in the year, each once.
     */
    private void planItems(FactSheet sheet) {
        for (Object[] r : em.createQuery("SELECT s.date, p.planItem, p.kind FROM ProgrammeSession s, Programme p"
                        + " WHERE p.id = s.programmeId AND p.planItem IS NOT NULL AND s.date BETWEEN :from AND :to",
                        Object[].class)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            LocalDate held = (LocalDate) r[0];
            switch ((PlanItem) r[1]) {
                case STARTUP -> sheet.count(held, "programmes.startupSessions");
                case OTHER_CITY_SEMINAR -> sheet.count(held, r[2] == ProgrammeKind.STUDY_VISIT
                        ? "programmes.otherCityVisits" : "programmes.otherCitySeminars");
                case INNOVATION_DIALOGUE -> sheet.count(held, "programmes.innovationDialogues");
                case COLLABORATION_HUB -> { }
            }
        }
        for (Object[] r : em.createQuery("SELECT s.date, COUNT(a),"
                        + " SUM(CASE WHEN a.understandingImproved = TRUE AND a.motivationImproved = TRUE THEN 1 ELSE 0 END)"
                        + " FROM SurveyAnswer a, ProgrammeSession s, Programme p WHERE s.id = a.sessionId"
                        + " AND p.id = s.programmeId AND p.planItem = :startup AND s.date BETWEEN :from AND :to GROUP BY s.date",
                        Object[].class)
                .setParameter("startup", PlanItem.STARTUP)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            sheet.on((LocalDate) r[0], "programmes.startupAnswers", "", number(r[1]));
            sheet.on((LocalDate) r[0], "programmes.startupMotivated", "", number(r[2]));
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Object[] r : em.createQuery("SELECT g.organisationName, g.personName FROM Registration g, ProgrammeSession s,"
                        + " Programme p WHERE s.id = g.sessionId AND p.id = s.programmeId AND p.planItem = :hub"
                        + " AND g.attended = TRUE AND s.date BETWEEN :from AND :to", Object[].class)
                .setParameter("hub", PlanItem.COLLABORATION_HUB)
                .setParameter("from", sheet.from()).setParameter("to", sheet.to()).getResultList()) {
            present.add(party((String) r[0], (String) r[1]));
        }
        sheet.add(0, "programmes.hubOrganisations", "", BigDecimal.valueOf(present.size()));
    }

    /**
     * Who took part, as 000 counts 協働HUB's participants (者: organisations, not persons): the organisation named
     * at registration, or the person where none was named; the same name written with other spaces or width is one.
     */
    static String party(String organisation, String person) {
        String name = organisation == null || organisation.isBlank() ? "個人:" + person : organisation;
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .toLowerCase(java.util.Locale.ROOT);
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
