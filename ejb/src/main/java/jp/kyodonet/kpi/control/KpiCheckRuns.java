package jp.kyodonet.kpi.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The record of each check of the facts ({@code kpi_check_run}): which server ran it, when, and what it marked. */
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

    private static String server() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        try {
            return instance + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return instance;
        }
    }
}
