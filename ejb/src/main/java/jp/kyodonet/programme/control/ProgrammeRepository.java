package jp.kyodonet.programme.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.kyodonet.programme.entity.Programme;
import jp.kyodonet.programme.entity.ProgrammeSession;
import jp.kyodonet.programme.entity.Registration;
import jp.kyodonet.programme.entity.RegistrationStatus;
import jp.kyodonet.programme.entity.SurveyAnswer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current centre's programmes, sessions, registrations and survey answers. */
@Dependent
public class ProgrammeRepository {

    @PersistenceContext(unitName = "kyodo")
    EntityManager em;

    public Optional<Programme> programme(UUID id) {
        return Optional.ofNullable(em.find(Programme.class, id.toString()));
    }

    public List<Programme> programmes(Integer fiscalYear) {
        var query = em.createQuery("SELECT p FROM Programme p" + (fiscalYear == null ? "" : " WHERE p.fiscalYear = :year")
                + " ORDER BY p.fiscalYear DESC, p.name", Programme.class);
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        return query.getResultList();
    }

    public Optional<ProgrammeSession> session(UUID id) {
        return Optional.ofNullable(em.find(ProgrammeSession.class, id.toString()));
    }

    /** The session, locked until the transaction ends: its places are handed out one at a time. */
    public Optional<ProgrammeSession> lockSession(UUID id) {
        return Optional.ofNullable(em.find(ProgrammeSession.class, id.toString(), LockModeType.PESSIMISTIC_WRITE));
    }

    public List<ProgrammeSession> sessions(UUID programmeId) {
        return em.createQuery("SELECT s FROM ProgrammeSession s WHERE s.programmeId = :programme"
                        + " ORDER BY s.date, s.start", ProgrammeSession.class)
                .setParameter("programme", programmeId.toString())
                .getResultList();
    }

    public List<ProgrammeSession> sessionsOf(Collection<String> programmeIds) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM ProgrammeSession s WHERE s.programmeId IN :ids", ProgrammeSession.class)
                .setParameter("ids", programmeIds)
                .getResultList();
    }

    public Optional<Registration> registration(UUID id) {
        return Optional.ofNullable(em.find(Registration.class, id.toString()));
    }

    public Optional<Registration> registrationByToken(String token) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.token = :token", Registration.class)
                .setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** Whether a standing (not cancelled) registration of the session has this folded contact. */
    public boolean standing(UUID sessionId, String foldedContact) {
        return !em.createQuery("SELECT r.id FROM Registration r WHERE r.sessionId = :session"
                        + " AND r.activeContact = :contact", String.class)
                .setParameter("session", sessionId.toString()).setParameter("contact", foldedContact)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** A session's registrations in the order they came. */
    public List<Registration> registrations(UUID sessionId) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.sessionId = :session ORDER BY r.sequence",
                        Registration.class)
                .setParameter("session", sessionId.toString())
                .getResultList();
    }

    public long count(UUID sessionId, RegistrationStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.sessionId = :session AND r.status = :status",
                        Long.class)
                .setParameter("session", sessionId.toString())
                .setParameter("status", status)
                .getSingleResult();
    }

    /** Everyone who attended a session of these, for figures and the participant base. */
    public List<Registration> attendedIn(Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Registration r WHERE r.sessionId IN :ids AND r.attended = TRUE",
                        Registration.class)
                .setParameter("ids", sessionIds)
                .getResultList();
    }

    public List<Registration> attendedWithConsent() {
        return em.createQuery("SELECT r FROM Registration r WHERE r.attended = TRUE AND r.participantBaseConsent = TRUE",
                        Registration.class).getResultList();
    }

    public List<SurveyAnswer> answers(Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM SurveyAnswer a WHERE a.sessionId IN :ids ORDER BY a.answeredAt", SurveyAnswer.class)
                .setParameter("ids", sessionIds)
                .getResultList();
    }

    public void add(Object record) {
        em.persist(record);
    }

    public void flush() {
        em.flush();
    }
}
