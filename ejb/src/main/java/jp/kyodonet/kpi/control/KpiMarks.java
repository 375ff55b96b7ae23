package jp.kyodonet.kpi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import jp.kyodonet.kpi.CountedChange;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.tenancy.TenantInterceptor;
import jp.kyodonet.platform.time.BusinessClock;

/**
 * Turns the capabilities' change events into durable change marks, in the transaction that made the change and on
 * its connection (the marks commit or roll back with the change): each event's marks in key order, one row per key,
 * set stale (a mark already waiting keeps the time of the oldest change it stands for). Once committed, this
 * server's workers are woken.
 *
 * <p>Why not write them once, just before the commit: by then the persistence context has written the changes and
 * given its connection handle back, and asking the pool for one while the transaction completes handed out the
 * transaction's connection a second time and released it twice (Payara: "state.isBusy already set to false",
 * then "Connection closed" in other requests).
 */
@ApplicationScoped
public class KpiMarks {

    /** One stale fiscal year of a centre's facts of a source. */
    public record Mark(String tenant, String source, int fiscalYear) implements Comparable<Mark> {
        @Override
        public int compareTo(Mark o) {
            int c = tenant.compareTo(o.tenant);
            c = c != 0 ? c : source.compareTo(o.source);
            return c != 0 ? c : Integer.compare(fiscalYear, o.fiscalYear);
        }
    }

    private static final Logger LOG = Logger.getLogger(KpiMarks.class.getName());
    private static final String PENDING = KpiMarks.class.getName() + ".pending";

    @Resource
    TransactionSynchronizationRegistry registry;

    /** The records' persistence context: its connection is the transaction's, on which the marks are written. */
    @PersistenceContext(unitName = "kyodo")
    EntityManager records;

    @Inject
    TenantDirectory tenants;

    @Inject
    BusinessClock clock;

    @Inject
    KpiWorkers workers;

    void changed(@Observes CountedChange change) {
        if (registry.getTransactionKey() == null) {
            throw new IllegalStateException("a counted change outside a transaction cannot be marked: " + change);
        }
        if (registry.getResource(PENDING) == null) {
            registry.putResource(PENDING, Boolean.TRUE);
            registry.registerInterposedSynchronization(new WakeWorkers());
        }
        Connection connection = records.unwrap(Connection.class);
        Set<Mark> marks = new TreeSet<>();
        try {
            for (String centre : centres(change)) {
                List<Integer> years = change.everyYear() ? yearsWithFacts(connection, centre, change.source())
                        : List.copyOf(change.fiscalYears());
                for (int year : years) {
                    marks.add(new Mark(centre, change.source(), year));
                }
            }
            write(connection, marks);
        } catch (SQLException e) {
            throw new IllegalStateException("the KPI change marks could not be written", e);
        }
    }

    private Set<String> centres(CountedChange change) {
        if (!change.everyCentre() && !change.centres().isEmpty()) {
            return change.centres();
        }
        Object tenant = registry.getResource(TenantInterceptor.TRANSACTION_TENANT);
        if (!change.everyCentre() && tenant != null) {
            return Set.of(tenant.toString());
        }
        if (!change.everyCentre()) {
            LOG.warning(() -> "a " + change.source() + " change outside a centre's transaction: every centre is marked");
        }
        Set<String> all = new HashSet<>();
        tenants.all().forEach(t -> all.add(t.id().value()));
        return all;
    }

    /** Writes marks on the transaction's connection, in key order. */
    private void write(Connection connection, Set<Mark> marks) throws SQLException {
        if (marks.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO kpi_fact_mark (tenant_id, source, fiscal_year, stale, marked_at) VALUES ");
        for (int n = 0; n < marks.size(); n++) {
            sql.append(n == 0 ? "" : ", ").append("(?, ?, ?, TRUE, UTC_TIMESTAMP(6))");
        }
        sql.append(KpiFactStore.STILL_STALE);
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Mark m : new TreeSet<>(marks)) {
                insert.setString(p++, m.tenant());
                insert.setString(p++, m.source());
                insert.setInt(p++, m.fiscalYear());
            }
            insert.executeUpdate();
        }
    }

    /** The years of a centre's source that have facts, and this one (a change that touched every year). */
    private List<Integer> yearsWithFacts(Connection connection, String centre, String source) throws SQLException {
        Set<Integer> years = new TreeSet<>();
        years.add(clock.currentFiscalYear().startYear());
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT fiscal_year FROM kpi_fact WHERE tenant_id = ? AND source = ?")) {
            select.setString(1, centre);
            select.setString(2, source);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    years.add(rows.getInt(1));
                }
            }
        }
        return List.copyOf(years);
    }

    /** Wakes this server's workers once the transaction that wrote marks has committed. */
    private final class WakeWorkers implements Synchronization {
        @Override
        public void beforeCompletion() {
            // the marks are written with the changes
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                workers.kick();
            }
        }
    }
}
