package jp.kyodonet.collaboration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.kyodonet.collaboration.entity.AnnualSurvey;
import jp.kyodonet.collaboration.entity.AnnualSurveyAnswer;
import jp.kyodonet.collaboration.entity.AnnualSurveyCorrection;
import jp.kyodonet.collaboration.entity.AnnualSurveyRow;
import jp.kyodonet.collaboration.entity.OwnerKind;
import jp.kyodonet.tenants.TenantId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The annual surveys of 区局, their answers, rows and corrections. Not tenant-filtered by the platform: every read of
 * an answer takes an {@link Office} (one ward office, one bureau) or the whole city (the division), and an answer
 * outside it is not found.
 */
@Dependent
public class SurveyRepository {

    /** Whose answers a caller reaches: one office (a ward's tenant; the city centre and a bureau), or every one (null). */
    public record Office(TenantId owner, String bureau) {

        public static Office everyOne() {
            return new Office(null, null);
        }

        public boolean isEveryOne() {
            return owner == null;
        }

        public boolean reaches(AnnualSurveyAnswer answer) {
            return owner == null || owner.equals(answer.ownerTenant())
                    && (bureau == null ? answer.officeKind() == OwnerKind.WARD
                    : answer.officeKind() == OwnerKind.BUREAU && bureau.equals(answer.officeName()));
        }
    }

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    public void add(Object record) {
        em.persist(record);
    }

    public void remove(Object record) {
        em.remove(record);
    }

    public void flush() {
        em.flush();
    }

    public Optional<AnnualSurvey> survey(String city, UUID id) {
        return Optional.ofNullable(em.find(AnnualSurvey.class, id.toString())).filter(s -> s.city().equals(city));
    }

    public Optional<AnnualSurvey> surveyOf(String city, int fiscalYear) {
        return em.createQuery("SELECT s FROM AnnualSurvey s WHERE s.city = :city AND s.fiscalYear = :year", AnnualSurvey.class)
                .setParameter("city", city).setParameter("year", fiscalYear).getResultStream().findFirst();
    }

    /** The city's surveys, newest year first. */
    public List<AnnualSurvey> surveys(String city) {
        return em.createQuery("SELECT s FROM AnnualSurvey s WHERE s.city = :city ORDER BY s.fiscalYear DESC", AnnualSurvey.class)
                .setParameter("city", city).getResultList();
    }

    public Optional<AnnualSurveyAnswer> answer(Office office, UUID id) {
        return Optional.ofNullable(em.find(AnnualSurveyAnswer.class, id.toString())).filter(office::reaches);
    }

    /** The answers of a survey that {@code office} reaches, wards before bureaus, each by name. */
    public List<AnnualSurveyAnswer> answers(UUID surveyId, Office office) {
        StringBuilder where = new StringBuilder(" WHERE a.surveyId = :survey");
        Map<String, Object> params = new HashMap<>();
        params.put("survey", surveyId.toString());
        if (!office.isEveryOne()) {
            where.append(" AND a.ownerTenant = :owner AND a.officeKind = :kind");
            params.put("owner", office.owner().value());
            params.put("kind", office.bureau() == null ? OwnerKind.WARD : OwnerKind.BUREAU);
            if (office.bureau() != null) {
                where.append(" AND a.officeName = :bureau");
                params.put("bureau", office.bureau());
            }
        }
        TypedQuery<AnnualSurveyAnswer> query = em.createQuery("SELECT a FROM AnnualSurveyAnswer a" + where
                + " ORDER BY a.officeKind DESC, a.officeName", AnnualSurveyAnswer.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public Optional<AnnualSurveyRow> row(UUID answerId, UUID rowId) {
        return Optional.ofNullable(em.find(AnnualSurveyRow.class, rowId.toString()))
                .filter(r -> r.answerId().equals(answerId));
    }

    /** An answer's rows in the order the office sees them: to confirm first, then by division and name. */
    public List<AnnualSurveyRow> rows(UUID answerId) {
        return em.createQuery("SELECT r FROM AnnualSurveyRow r WHERE r.answerId = :answer ORDER BY r.state, r.division, r.name, r.id",
                AnnualSurveyRow.class).setParameter("answer", answerId.toString()).getResultList();
    }

    /** Every row of a survey's submitted answers, with its answer: the year's record for the report. */
    public List<Object[]> submittedRows(UUID surveyId) {
        return em.createQuery("SELECT a, r FROM AnnualSurveyAnswer a, AnnualSurveyRow r WHERE r.answerId = a.id"
                        + " AND a.surveyId = :survey AND a.status = :submitted AND r.state <> :removed", Object[].class)
                .setParameter("survey", surveyId.toString())
                .setParameter("submitted", AnnualSurveyAnswer.Status.SUBMITTED)
                .setParameter("removed", AnnualSurveyRow.State.REMOVED).getResultList();
    }

    /** Rows and how many of them are still to be confirmed, per answer of a survey: {answerId, rows, toConfirm}. */
    public List<Object[]> rowCounts(UUID surveyId) {
        return em.createQuery("SELECT r.answerId, COUNT(r), SUM(CASE WHEN r.state = :carried THEN 1 ELSE 0 END)"
                        + " FROM AnnualSurveyRow r, AnnualSurveyAnswer a WHERE r.answerId = a.id AND a.surveyId = :survey"
                        + " AND r.state <> :removed GROUP BY r.answerId", Object[].class)
                .setParameter("survey", surveyId.toString())
                .setParameter("carried", AnnualSurveyRow.State.CARRIED)
                .setParameter("removed", AnnualSurveyRow.State.REMOVED).getResultList();
    }

    /** The corrections of one answer's rows, oldest first. */
    public List<AnnualSurveyCorrection> corrections(UUID answerId) {
        return em.createQuery("SELECT c FROM AnnualSurveyCorrection c WHERE c.answerId = :answer ORDER BY c.correctedAt, c.id",
                AnnualSurveyCorrection.class).setParameter("answer", answerId.toString()).getResultList();
    }
}
