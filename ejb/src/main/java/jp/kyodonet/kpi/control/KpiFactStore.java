package jp.kyodonet.kpi.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodonet.platform.time.BusinessClock;

/**
 * Writes the KPI facts of one centre and source capability: recomputes them from the records with
 * {@link KpiFactRules} and changes the stored rows that differ. Each call is its own transaction and first
 * locks the (centre, source) row of {@code kpi_fact_refresh}, so two recomputations of the same facts run one
 * after the other and the second reads everything the first could not see (its snapshot starts after the lock).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class KpiFactStore {

    /** The source capabilities whose records make facts, in catalogue order. */
    public static final List<String> SOURCES = List.of("consultation", "referral", "organisation", "booking",
            "programme", "collaboration", "network");

    /** What one recomputation changed. */
    public record Outcome(int written, int removed) {
        Outcome plus(Outcome o) {
            return new Outcome(written + o.written, removed + o.removed);
        }
    }

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    /** Makes sure the lock rows exist (start-up, one thread, before any recomputation). */
    public void prepare(List<String> tenants) {
        for (String tenant : tenants) {
            for (String source : SOURCES) {
                em.createNativeQuery("INSERT IGNORE INTO kpi_fact_refresh (tenant_id, source) VALUES (?1, ?2)")
                        .setParameter(1, tenant).setParameter(2, source).executeUpdate();
            }
        }
    }

    /**
     * Recomputes the facts of a centre and source: every fiscal year, or only {@code fiscalYear} (the rebuild
     * of one year leaves the others as they are).
     */
    public Outcome refresh(String tenant, String source, Integer fiscalYear) {
        if (!SOURCES.contains(source)) {
            throw new IllegalArgumentException("unknown KPI source " + source);
        }
        lock(tenant, source);
        Map<KpiFactRules.Key, BigDecimal> wanted = new KpiFactRules(em, clock.today()).compute(tenant, source);
        Map<KpiFactRules.Key, BigDecimal> stored = stored(tenant, source, fiscalYear);
        if (fiscalYear != null) {
            wanted.keySet().removeIf(k -> k.fiscalYear() != fiscalYear);
        }
        List<KpiFactRules.Key> gone = new ArrayList<>();
        for (KpiFactRules.Key key : stored.keySet()) {
            if (!wanted.containsKey(key)) {
                gone.add(key);
            }
        }
        for (KpiFactRules.Key key : gone) {
            em.createNativeQuery("DELETE FROM kpi_fact WHERE tenant_id = ?1 AND source = ?2 AND fiscal_year = ?3"
                            + " AND month = ?4 AND code = ?5 AND dim = ?6")
                    .setParameter(1, tenant).setParameter(2, source).setParameter(3, key.fiscalYear())
                    .setParameter(4, key.month()).setParameter(5, key.code()).setParameter(6, key.dim()).executeUpdate();
        }
        int written = 0;
        for (Map.Entry<KpiFactRules.Key, BigDecimal> e : wanted.entrySet()) {
            BigDecimal old = stored.get(e.getKey());
            if (old != null && old.compareTo(e.getValue()) == 0) {
                continue;
            }
            KpiFactRules.Key key = e.getKey();
            em.createNativeQuery("INSERT INTO kpi_fact (tenant_id, source, fiscal_year, month, code, dim, value)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON DUPLICATE KEY UPDATE value = VALUES(value)")
                    .setParameter(1, tenant).setParameter(2, source).setParameter(3, key.fiscalYear())
                    .setParameter(4, key.month()).setParameter(5, key.code()).setParameter(6, key.dim())
                    .setParameter(7, e.getValue()).executeUpdate();
            written++;
        }
        em.createNativeQuery("UPDATE kpi_fact_refresh SET refreshed_at = ?1 WHERE tenant_id = ?2 AND source = ?3")
                .setParameter(1, Timestamp.from(clock.now())).setParameter(2, tenant).setParameter(3, source)
                .executeUpdate();
        return new Outcome(written, gone.size());
    }

    /** Recomputes one fiscal year of every centre and source (each pair in its own transaction). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome rebuild(List<String> tenants, int fiscalYear) {
        KpiFactStore self = context.getBusinessObject(KpiFactStore.class);
        Outcome total = new Outcome(0, 0);
        for (String tenant : tenants) {
            for (String source : SOURCES) {
                total = total.plus(self.refresh(tenant, source, fiscalYear));
            }
        }
        return total;
    }

    private void lock(String tenant, String source) {
        List<?> row = em.createNativeQuery("SELECT tenant_id FROM kpi_fact_refresh WHERE tenant_id = ?1 AND source = ?2"
                + " FOR UPDATE").setParameter(1, tenant).setParameter(2, source).getResultList();
        if (row.isEmpty()) {
            em.createNativeQuery("INSERT INTO kpi_fact_refresh (tenant_id, source) VALUES (?1, ?2)")
                    .setParameter(1, tenant).setParameter(2, source).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<KpiFactRules.Key, BigDecimal> stored(String tenant, String source, Integer fiscalYear) {
        List<Object[]> rows = em.createNativeQuery("SELECT fiscal_year, month, code, dim, value FROM kpi_fact"
                        + " WHERE tenant_id = ?1 AND source = ?2 AND fiscal_year BETWEEN ?3 AND ?4")
                .setParameter(1, tenant).setParameter(2, source)
                .setParameter(3, fiscalYear == null ? Short.MIN_VALUE : fiscalYear)
                .setParameter(4, fiscalYear == null ? Short.MAX_VALUE : fiscalYear).getResultList();
        Map<KpiFactRules.Key, BigDecimal> stored = new HashMap<>();
        for (Object[] r : rows) {
            stored.put(new KpiFactRules.Key(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (String) r[2],
                    (String) r[3]), (BigDecimal) r[4]);
        }
        return stored;
    }
}
