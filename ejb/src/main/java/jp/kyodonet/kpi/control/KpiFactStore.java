package jp.kyodonet.kpi.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.logging.Logger;
import jp.kyodonet.kpi.FactSheet;
import jp.kyodonet.kpi.FactSupplier;
import jp.kyodonet.platform.tenancy.CurrentTenant;
import jp.kyodonet.platform.tenancy.SystemTasks;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.Tenant;
import jp.kyodonet.tenants.TenantId;

/**
 * Writes the KPI facts of one centre, source capability and fiscal year: has the capability's {@link FactSupplier}
 * compute them as the centre ({@link SystemTasks#asTenant}) and changes the stored rows that differ. The change
 * mark of that key is claimed first ({@code FOR UPDATE SKIP LOCKED}: a mark another worker holds, or that a
 * transaction still writing holds, is left alone) and cleared in the same transaction as the facts.
 */
@Stateless
public class KpiFactStore {

    /** The source capabilities whose records make facts, in catalogue order. */
    public static final List<String> SOURCES = List.of("consultation", "referral", "organisation", "booking",
            "programme", "collaboration", "network", "outreach");

    private static final Logger LOG = Logger.getLogger(KpiFactStore.class.getName());

    /** Sets a mark stale again, keeping the time of the oldest change it stands for (MySQL assigns left to right). */
    static final String STILL_STALE = " ON DUPLICATE KEY UPDATE marked_at = IF(stale, marked_at, VALUES(marked_at)), stale = TRUE";

    /** What one recomputation changed. */
    public record Outcome(int written, int removed) {
        Outcome plus(Outcome o) {
            return new Outcome(written + o.written, removed + o.removed);
        }
    }

    /** The marks waiting, those that failed at least once, and the age of the oldest in seconds. */
    public record Backlog(long waiting, long failing, double oldestSeconds) {
    }

    @PersistenceContext(unitName = "kyodo-aggregate")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    SystemTasks tasks;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    @Any
    Instance<FactSupplier> suppliers;

    @Inject
    TenantDirectory tenants;

    @Resource
    SessionContext context;


    /** Marks waiting to be claimed now, oldest first (a plain read: claiming happens in {@link #work}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @SuppressWarnings("unchecked")
    public List<KpiMarks.Mark> waiting(int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT tenant_id, source, fiscal_year FROM kpi_fact_mark"
                + " WHERE stale AND (retry_at IS NULL OR retry_at <= UTC_TIMESTAMP(6)) ORDER BY marked_at LIMIT ?1")
                .setParameter(1, limit).getResultList();
        List<KpiMarks.Mark> marks = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            marks.add(new KpiMarks.Mark((String) r[0], (String) r[1], ((Number) r[2]).intValue()));
        }
        return marks;
    }

    /**
     * Claims a mark and recomputes its facts; false when another worker had it or it was gone. A failure leaves
     * the mark, counts the attempt and waits a little longer each time before the next.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean work(KpiMarks.Mark mark) {
        KpiFactStore self = context.getBusinessObject(KpiFactStore.class);
        try {
            return tasks.asTenant(new TenantId(mark.tenant()), () -> self.claimAndRecompute(mark));
        } catch (RuntimeException e) {
            self.failed(mark, e);
            return false;
        }
    }

    /** In the centre's transaction: the claim, the facts, the mark deleted. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean claimAndRecompute(KpiMarks.Mark mark) {
        List<?> claimed = em.createNativeQuery("SELECT fiscal_year FROM kpi_fact_mark WHERE tenant_id = ?1 AND source = ?2"
                        + " AND fiscal_year = ?3 AND stale FOR UPDATE SKIP LOCKED")
                .setParameter(1, mark.tenant()).setParameter(2, mark.source()).setParameter(3, mark.fiscalYear())
                .getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        recompute(mark);
        clearMark(mark);
        return true;
    }

    /** Records a failed attempt in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(KpiMarks.Mark mark, RuntimeException e) {
        String reason = String.valueOf(e);
        em.createNativeQuery("UPDATE kpi_fact_mark SET attempts = attempts + 1, last_error = ?1,"
                        + " retry_at = UTC_TIMESTAMP(6) + INTERVAL LEAST(300, 2 * POWER(2, LEAST(attempts, 8))) SECOND"
                        + " WHERE tenant_id = ?2 AND source = ?3 AND fiscal_year = ?4")
                .setParameter(1, reason.length() > 500 ? reason.substring(0, 500) : reason)
                .setParameter(2, mark.tenant()).setParameter(3, mark.source()).setParameter(4, mark.fiscalYear())
                .executeUpdate();
    }

    /**
     * Recomputes one fiscal year of every centre and source from the records (each pair in its own transaction,
     * holding that key's mark so no worker writes it meanwhile).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome rebuild(List<String> tenants, int fiscalYear) {
        KpiFactStore self = context.getBusinessObject(KpiFactStore.class);
        Outcome total = new Outcome(0, 0);
        for (String tenant : tenants) {
            total = total.plus(tasks.asTenant(new TenantId(tenant), () -> self.rebuildCentre(fiscalYear)));
        }
        return total;
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Outcome rebuildCentre(int fiscalYear) {
        String tenant = currentTenant.get().orElseThrow().value();
        Outcome total = new Outcome(0, 0);
        for (String source : SOURCES) {
            KpiMarks.Mark mark = new KpiMarks.Mark(tenant, source, fiscalYear);
            em.createNativeQuery("INSERT INTO kpi_fact_mark (tenant_id, source, fiscal_year, stale, marked_at)"
                            + " VALUES (?1, ?2, ?3, TRUE, UTC_TIMESTAMP(6))" + STILL_STALE)
                    .setParameter(1, tenant).setParameter(2, source).setParameter(3, fiscalYear).executeUpdate();
            total = total.plus(recompute(mark));
            clearMark(mark);
        }
        return total;
    }

    /**
     * The nightly check of the current centre: every fiscal year from its first records to this one, computed and
     * compared with the stored facts; what differs is marked (the workers recompute it). Returns {checked, marked}.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int[] checkCentre() {
        String tenant = currentTenant.get().orElseThrow().value();
        int thisYear = clock.currentFiscalYear().startYear();
        int checked = 0;
        int marked = 0;
        for (String source : SOURCES) {
            FactSupplier supplier = supplier(source);
            OptionalInt first = supplier.firstYear();
            Number storedFirst = (Number) em.createNativeQuery("SELECT MIN(fiscal_year) FROM kpi_fact WHERE tenant_id = ?1"
                    + " AND source = ?2").setParameter(1, tenant).setParameter(2, source).getSingleResult();
            int from = Math.min(first.orElse(thisYear), storedFirst == null ? thisYear : storedFirst.intValue());
            for (int year = from; year <= thisYear; year++) {
                checked++;
                if (!compute(supplier, year).equals(stored(tenant, source, year))) {
                    em.createNativeQuery("INSERT INTO kpi_fact_mark (tenant_id, source, fiscal_year, stale, marked_at)"
                                    + " VALUES (?1, ?2, ?3, TRUE, UTC_TIMESTAMP(6))" + STILL_STALE)
                            .setParameter(1, tenant).setParameter(2, source).setParameter(3, year).executeUpdate();
                    marked++;
                }
            }
        }
        return new int[] {checked, marked};
    }

    /**
     * Checks a city's totals against the sum of its centres' facts and corrects what differs; returns the rows
     * corrected (0 when the totals were kept right). The city's total rows are locked first, so a worker changing one
     * of its centres waits, and the centres' facts read afterwards are those the totals stand for.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int checkCity(String city, List<String> centres) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT code, fiscal_year, month, dim, value FROM kpi_city_fact"
                + " WHERE city = ?1 FOR UPDATE").setParameter(1, city).getResultList()) {
            totals.put(r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3], ((BigDecimal) r[4]).stripTrailingZeros());
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        for (int from = 0; from < centres.size(); from += 500) {
            List<String> some = centres.subList(from, Math.min(centres.size(), from + 500));
            StringBuilder in = new StringBuilder();
            for (int n = 0; n < some.size(); n++) {
                in.append(n == 0 ? "?" : ", ?").append(n + 1);
            }
            var query = em.createNativeQuery("SELECT code, fiscal_year, month, dim, SUM(value) FROM kpi_fact WHERE tenant_id IN ("
                    + in + ") GROUP BY code, fiscal_year, month, dim");
            for (int n = 0; n < some.size(); n++) {
                query.setParameter(n + 1, some.get(n));
            }
            for (Object[] r : (List<Object[]>) query.getResultList()) {
                sums.merge(r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3], (BigDecimal) r[4], BigDecimal::add);
            }
        }
        sums.replaceAll((k, v) -> v.stripTrailingZeros());
        sums.values().removeIf(v -> v.signum() == 0);
        int corrected = 0;
        java.util.Set<String> keys = new java.util.TreeSet<>(totals.keySet());
        keys.addAll(sums.keySet());
        for (String key : keys) {
            BigDecimal want = sums.get(key);
            if (want != null && want.equals(totals.get(key))) {
                continue;
            }
            String[] k = key.split("\\|", -1);
            if (want == null) {
                em.createNativeQuery("DELETE FROM kpi_city_fact WHERE city = ?1 AND code = ?2 AND fiscal_year = ?3 AND month = ?4"
                        + " AND dim = ?5").setParameter(1, city).setParameter(2, k[0]).setParameter(3, Integer.valueOf(k[1]))
                        .setParameter(4, Integer.valueOf(k[2])).setParameter(5, k[3]).executeUpdate();
            } else {
                em.createNativeQuery("INSERT INTO kpi_city_fact (city, code, fiscal_year, month, dim, value) VALUES (?1, ?2, ?3, ?4,"
                        + " ?5, ?6) ON DUPLICATE KEY UPDATE value = VALUES(value)").setParameter(1, city).setParameter(2, k[0])
                        .setParameter(3, Integer.valueOf(k[1])).setParameter(4, Integer.valueOf(k[2])).setParameter(5, k[3])
                        .setParameter(6, want).executeUpdate();
            }
            corrected++;
        }
        if (corrected > 0) {
            int n = corrected;
            LOG.warning(() -> "the totals of " + city + " differed from its centres' facts in " + n + " rows; corrected");
        }
        return corrected;
    }

    /** The heartbeat (every server, every two seconds): how fresh a database that is read is. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void beat() {
        em.createNativeQuery("UPDATE kpi_heartbeat SET beat_at = UTC_TIMESTAMP(6) WHERE id = 1").executeUpdate();
    }

    /** The marks waiting (all servers), those that failed, and the oldest one's age. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Backlog backlog() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), 0),"
                + " COALESCE(TIMESTAMPDIFF(MICROSECOND, MIN(marked_at), UTC_TIMESTAMP(6)), 0) FROM kpi_fact_mark WHERE stale").getSingleResult();
        return new Backlog(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).doubleValue() / 1e6);
    }

    private Outcome recompute(KpiMarks.Mark mark) {
        Map<FactSheet.Key, BigDecimal> wanted = compute(supplier(mark.source()), mark.fiscalYear());
        Map<FactSheet.Key, BigDecimal> stored = stored(mark.tenant(), mark.source(), mark.fiscalYear());
        Map<FactSheet.Key, BigDecimal> change = new TreeMap<>();
        int removed = 0;
        for (Map.Entry<FactSheet.Key, BigDecimal> e : stored.entrySet()) {
            FactSheet.Key key = e.getKey();
            if (!wanted.containsKey(key)) {
                em.createNativeQuery("DELETE FROM kpi_fact WHERE tenant_id = ?1 AND source = ?2 AND fiscal_year = ?3"
                                + " AND month = ?4 AND code = ?5 AND dim = ?6")
                        .setParameter(1, mark.tenant()).setParameter(2, mark.source()).setParameter(3, mark.fiscalYear())
                        .setParameter(4, key.month()).setParameter(5, key.code()).setParameter(6, key.dim()).executeUpdate();
                change.put(key, e.getValue().negate());
                removed++;
            }
        }
        int written = 0;
        for (Map.Entry<FactSheet.Key, BigDecimal> e : wanted.entrySet()) {
            BigDecimal old = stored.get(e.getKey());
            if (old != null && old.compareTo(e.getValue()) == 0) {
                continue;
            }
            FactSheet.Key key = e.getKey();
            em.createNativeQuery("INSERT INTO kpi_fact (tenant_id, source, fiscal_year, month, code, dim, value)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON DUPLICATE KEY UPDATE value = VALUES(value)")
                    .setParameter(1, mark.tenant()).setParameter(2, mark.source()).setParameter(3, mark.fiscalYear())
                    .setParameter(4, key.month()).setParameter(5, key.code()).setParameter(6, key.dim())
                    .setParameter(7, e.getValue()).executeUpdate();
            change.put(key, old == null ? e.getValue() : e.getValue().subtract(old));
            written++;
        }
        addToCity(mark, change);
        return new Outcome(written, removed);
    }

    /**
     * Adds a centre's changes to its city's totals, in primary-key order (code, month, breakdown: two workers of the
     * same city take the same rows in the same order); a total that comes to zero is removed.
     */
    private void addToCity(KpiMarks.Mark mark, Map<FactSheet.Key, BigDecimal> change) {
        if (change.isEmpty()) {
            return;
        }
        String city = tenants.find(mark.tenant()).map(Tenant::city).orElse(null);
        if (city == null) {
            LOG.warning(() -> "facts of " + mark.tenant() + ", which the catalogue no longer holds, are in no city's totals");
            return;
        }
        List<FactSheet.Key> keys = new ArrayList<>(change.keySet());
        keys.sort(java.util.Comparator.comparing(FactSheet.Key::code).thenComparing(FactSheet.Key::month)
                .thenComparing(FactSheet.Key::dim));
        for (FactSheet.Key key : keys) {
            em.createNativeQuery("INSERT INTO kpi_city_fact (city, code, fiscal_year, month, dim, value)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE value = value + VALUES(value)")
                    .setParameter(1, city).setParameter(2, key.code()).setParameter(3, mark.fiscalYear())
                    .setParameter(4, key.month()).setParameter(5, key.dim()).setParameter(6, change.get(key)).executeUpdate();
            if (change.get(key).signum() < 0) {
                em.createNativeQuery("DELETE FROM kpi_city_fact WHERE city = ?1 AND code = ?2 AND fiscal_year = ?3"
                                + " AND month = ?4 AND dim = ?5 AND value = 0")
                        .setParameter(1, city).setParameter(2, key.code()).setParameter(3, mark.fiscalYear())
                        .setParameter(4, key.month()).setParameter(5, key.dim()).executeUpdate();
            }
        }
    }

    private Map<FactSheet.Key, BigDecimal> compute(FactSupplier supplier, int fiscalYear) {
        FactSheet sheet = new FactSheet(fiscalYear, clock.today());
        supplier.supply(sheet);
        Map<FactSheet.Key, BigDecimal> values = new HashMap<>();
        sheet.values().forEach((k, v) -> values.put(k, v.stripTrailingZeros()));
        return values;
    }

    private void clearMark(KpiMarks.Mark mark) {
        em.createNativeQuery("UPDATE kpi_fact_mark SET stale = FALSE, recomputed_at = UTC_TIMESTAMP(6), attempts = 0,"
                        + " retry_at = NULL, last_error = NULL WHERE tenant_id = ?1 AND source = ?2 AND fiscal_year = ?3")
                .setParameter(1, mark.tenant()).setParameter(2, mark.source()).setParameter(3, mark.fiscalYear())
                .executeUpdate();
    }

    private FactSupplier supplier(String source) {
        for (FactSupplier s : suppliers) {
            if (s.source().equals(source)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no KPI fact supplier for " + source);
    }

    @SuppressWarnings("unchecked")
    private Map<FactSheet.Key, BigDecimal> stored(String tenant, String source, int fiscalYear) {
        List<Object[]> rows = em.createNativeQuery("SELECT month, code, dim, value FROM kpi_fact"
                        + " WHERE tenant_id = ?1 AND source = ?2 AND fiscal_year = ?3")
                .setParameter(1, tenant).setParameter(2, source).setParameter(3, fiscalYear).getResultList();
        Map<FactSheet.Key, BigDecimal> stored = new HashMap<>();
        for (Object[] r : rows) {
            stored.put(new FactSheet.Key(((Number) r[0]).intValue(), (String) r[1], (String) r[2]),
                    ((BigDecimal) r[3]).stripTrailingZeros());
        }
        return stored;
    }
}
