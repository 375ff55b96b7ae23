package jp.kyodonet.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The record of each check of the facts ({@code kpi_check_run}): which server ran it, when, and what it marked; and of
 * each firing of the persistent minute timer ({@code kpi_timer_firing}), kept a week.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class KpiCheckRuns {

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    public long started(String kind) {
        em.createNativeQuery("INSERT INTO kpi_check_run (kind, server, started_at) VALUES (?1, ?2, UTC_TIMESTAMP(6))")
                .setParameter(1, kind).setParameter(2, server()).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public void finished(long run, int checked, int marked) {
        em.createNativeQuery("UPDATE kpi_check_run SET finished_at = UTC_TIMESTAMP(6), checked = ?1, marked = ?2 WHERE id = ?3")
                .setParameter(1, checked).setParameter(2, marked).setParameter(3, run).executeUpdate();
    }

    /**
     * Notes a firing of the minute timer that was due at {@code dueUtc}: true for the first firing of that minute, which
     * does the minute's work; a further one (another instance's copy of the timer) is counted and answers false. Once
     * an hour, removes the rows over a week old.
     */
    public boolean fired(java.time.LocalDateTime dueUtc) {
        int rows = em.createNativeQuery("INSERT INTO kpi_timer_firing (due_at, server, fired_at) VALUES (?1, ?2, UTC_TIMESTAMP(3))"
                        + " ON DUPLICATE KEY UPDATE also_fired = also_fired + 1, also_fired_by = VALUES(server)")
                .setParameter(1, dueUtc).setParameter(2, server()).executeUpdate();
        if (dueUtc.getMinute() == 0) {
            em.createNativeQuery("DELETE FROM kpi_timer_firing WHERE due_at < ?1").setParameter(1, dueUtc.minusDays(7))
                    .executeUpdate();
        }
        return rows == 1;
    }

    private static String server() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        try {
            return instance + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return instance;
        }
    }
}
