package jp.kyodonet.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The table of mails to send ({@code mail_outbox}). {@link #queue} writes in the caller's transaction; the sender's
 * steps (claim, sent, failed) each commit on their own, so that a claim is visible to every other server at once.
 */
@Stateless
public class Outbox {

    /** A row claimed for sending. */
    public record Mail(String id, String recipient, String subject, String body, String messageId, int attempts) {
    }

    /** Counts of the outbox, for operators and tests. */
    public record State(long waiting, long retrying, long sent, long failed, Instant oldestWaiting) {
    }

    /** How long a claim holds: a server that died while sending leaves a row that is due again after this. */
    static final long CLAIM_SECONDS = 120;

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    /** Writes a mail in the caller's transaction; returns its id. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String queue(String tenant, String kind, String recipient, String subject, String body) {
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO mail_outbox (id, tenant_id, kind, recipient, subject, body, message_id,"
                        + " created_at, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, UTC_TIMESTAMP(6),"
                        + " UTC_TIMESTAMP(6))")
                .setParameter(1, id).setParameter(2, tenant).setParameter(3, kind).setParameter(4, recipient)
                .setParameter(5, subject).setParameter(6, body).setParameter(7, "<" + id + "@kyodo.mail>")
                .executeUpdate();
        queued.fire(new MailQueued(id));
        return id;
    }

    /** Ids of rows due now (not sent, not given up, not claimed by a living sender), oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<String> due(int limit) {
        return em.createNativeQuery("SELECT id FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL"
                        + " AND next_attempt_at <= UTC_TIMESTAMP(6)"
                        + " AND (claimed_until IS NULL OR claimed_until < UTC_TIMESTAMP(6))"
                        + " ORDER BY next_attempt_at, created_at LIMIT " + limit).getResultList();
    }

    /** Takes a row for this server if no one else has it; empty when another sender was first or it was sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Mail> claim(String id) {
        int taken = em.createNativeQuery("UPDATE mail_outbox SET claimed_until = UTC_TIMESTAMP(6) + INTERVAL "
                        + CLAIM_SECONDS + " SECOND, claimed_by = ?2 WHERE id = ?1 AND sent_at IS NULL AND failed_at IS NULL"
                        + " AND (claimed_until IS NULL OR claimed_until < UTC_TIMESTAMP(6))")
                .setParameter(1, id).setParameter(2, server()).executeUpdate();
        if (taken != 1) {
            return Optional.empty();
        }
        Object[] r = (Object[]) em.createNativeQuery("SELECT recipient, subject, body, message_id, attempts FROM mail_outbox"
                + " WHERE id = ?1").setParameter(1, id).getSingleResult();
        return Optional.of(new Mail(id, (String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(String id) {
        em.createNativeQuery("UPDATE mail_outbox SET sent_at = UTC_TIMESTAMP(6), attempts = attempts + 1,"
                + " claimed_until = NULL, last_error = NULL WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** A failed attempt: due again after {@code retryAfterSeconds}, or given up when {@code permanent}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String id, String error, boolean permanent, long retryAfterSeconds) {
        em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, claimed_until = NULL, last_error = ?2,"
                        + " next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL " + retryAfterSeconds + " SECOND,"
                        + " failed_at = " + (permanent ? "UTC_TIMESTAMP(6)" : "NULL") + " WHERE id = ?1")
                .setParameter(1, id).setParameter(2, error == null ? "?" : error.length() > 500 ? error.substring(0, 500) : error)
                .executeUpdate();
    }

    /** Every row waiting for its next try after a failure is due now (the mail server is back); returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int retryNow() {
        return em.createNativeQuery("UPDATE mail_outbox SET next_attempt_at = UTC_TIMESTAMP(6) WHERE sent_at IS NULL"
                + " AND failed_at IS NULL AND attempts > 0 AND next_attempt_at > UTC_TIMESTAMP(6)").executeUpdate();
    }

    /** The outbox's counts: waiting (never tried), retrying (tried, failed, due again), sent, given up. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public State state() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT"
                + " COALESCE(SUM(sent_at IS NULL AND failed_at IS NULL AND attempts = 0), 0),"
                + " COALESCE(SUM(sent_at IS NULL AND failed_at IS NULL AND attempts > 0), 0),"
                + " COALESCE(SUM(sent_at IS NOT NULL), 0), COALESCE(SUM(failed_at IS NOT NULL), 0),"
                + " MIN(CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN created_at END) FROM mail_outbox")
                .getSingleResult();
        return new State(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), instant(r[4]));
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().atZone(java.time.ZoneOffset.UTC).toInstant();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.atZone(java.time.ZoneOffset.UTC).toInstant();
        }
        throw new IllegalArgumentException("not a time: " + value.getClass());
    }

    static String server() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        try {
            return instance + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return instance;
        }
    }
}
