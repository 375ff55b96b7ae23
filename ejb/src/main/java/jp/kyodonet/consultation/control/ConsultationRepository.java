package jp.kyodonet.consultation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.kyodonet.consultation.entity.CaseCard;
import jp.kyodonet.consultation.entity.Consultation;
import jp.kyodonet.consultation.entity.ConsultationStatus;
import jp.kyodonet.consultation.entity.ConsultationStep;
import jp.kyodonet.consultation.entity.Topic;
import jp.kyodonet.consultation.entity.TopicsConverter;
import jp.kyodonet.consultation.entity.Track;
import jp.kyodonet.platform.paging.Page;
import jp.kyodonet.platform.persistence.Like;
import jp.kyodonet.platform.paging.PageRequest;
import jp.kyodonet.platform.time.FiscalYear;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Consultations of the current centre, with their timeline steps and case cards. Every query here goes
 * through the tenant-filtered persistence unit: there is no way to name another centre's record.
 */
@Dependent
public class ConsultationRepository {

    /** The list filters; null or false means "any". */
    public record Filter(ConsultationStatus status, Track track, String assignee, Topic topic, boolean overdue,
                         FiscalYear fiscalYear, String text, LocalDate today,
                         jp.kyodonet.consultation.boundary.ConsultationSort sort) {
    }

    /** A day after every next action date: those without one sort last. */
    private static final LocalDate NO_DATE = LocalDate.of(9999, 12, 31);

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

    /** Adds a consultation, a timeline step or a case card. */
    public void add(Object record) {
        em.persist(record);
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

    public List<ConsultationStep> steps(UUID consultationId) {
        return em.createNamedQuery(ConsultationStep.OF_CONSULTATION, ConsultationStep.class)
                .setParameter("id", consultationId.toString()).getResultList();
    }

    public List<CaseCard> caseCards(UUID consultationId) {
        return em.createNamedQuery(CaseCard.OF_CONSULTATION, CaseCard.class)
                .setParameter("id", consultationId.toString()).getResultList();
    }

    /** Every consultation received in a fiscal year, oldest first (for the export). */
    public List<Consultation> ofFiscalYear(FiscalYear year) {
        return em.createQuery("SELECT c FROM Consultation c WHERE c.fiscalYear = :year ORDER BY c.receivedOn, c.createdAt, c.id",
                        Consultation.class)
                .setParameter("year", year.startYear())
                .getResultList();
    }

    /** Newest first, filtered. */
    public Page<Consultation> list(Filter filter, PageRequest page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.status() != null) {
            where.append(" AND c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.track() != null) {
            where.append(" AND c.track = :track");
            parameters.put("track", filter.track());
        }
        if (filter.assignee() != null) {
            where.append(" AND c.assigneeSubject = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.topic() != null) {
            // the topics column holds ",A,B,": the pattern matches one whole tag
            where.append(" AND c.topicTags LIKE :topic");
            parameters.put("topic", TopicsConverter.patternFor(filter.topic()));
        }
        if (filter.overdue()) {
            where.append(" AND c.status <> :closed AND c.nextActionOn < :today");
            parameters.put("closed", ConsultationStatus.CLOSED);
            parameters.put("today", filter.today());
        }
        if (filter.fiscalYear() != null) {
            where.append(" AND c.fiscalYear = :fiscalYear");
            parameters.put("fiscalYear", filter.fiscalYear().startYear());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND LOWER(c.summary) LIKE :text").append(Like.ESCAPE);
            parameters.put("text", Like.containing(filter.text()));
        }
        String newest = "c.receivedOn DESC, c.createdAt DESC, c.id";
        String order = switch (filter.sort()) {
            case NEWEST -> newest;
            case OLDEST -> "c.receivedOn, c.createdAt, c.id";
            case ASSIGNEE -> "c.assigneeName, " + newest;
            case ASSIGNEE_DESC -> "c.assigneeName DESC, " + newest;
            case NEXT_ACTION -> "COALESCE(c.nextActionOn, :noDate), " + newest;
            case NEXT_ACTION_DESC -> "COALESCE(c.nextActionOn, :noDateLow) DESC, " + newest;
        };
        TypedQuery<Consultation> items = em.createQuery(
                "SELECT c FROM Consultation c" + where + " ORDER BY " + order, Consultation.class);
        if (filter.sort() == jp.kyodonet.consultation.boundary.ConsultationSort.NEXT_ACTION) {
            items.setParameter("noDate", NO_DATE);
        } else if (filter.sort() == jp.kyodonet.consultation.boundary.ConsultationSort.NEXT_ACTION_DESC) {
            items.setParameter("noDateLow", LocalDate.of(1, 1, 1));
        }
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(c) FROM Consultation c" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<Consultation> found = items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), total.getSingleResult());
    }
}
