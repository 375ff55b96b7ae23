package jp.kyodonet.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jp.kyodonet.platform.tenancy.SystemTasks;
import jp.kyodonet.platform.time.BusinessClock;
import jp.kyodonet.tenants.TenantId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Loads demo records at start-up when {@code platform.demo-data.enabled} (demo mode only): for every centre
 * (the city centre and the 18 wards), one system task per centre, each firing {@link DemoDataRequested} for the capabilities. It starts
 * after the KPI facts are prepared, so the demo records are counted as they are written. Servers of a cluster start
 * together: each capability looks whether its demo records are there before it writes them, so the servers take
 * turns, one at a time, holding the database's named lock {@code kyodo-demo-data} while they check and load.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "TenantDirectory", "PlatformMode", "KpiFactMaintenance"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {


    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    PlatformMode mode;

    @Inject
    SystemTasks systemTasks;

    @Inject
    Event<DemoDataRequested> requests;

    @Inject
    BusinessClock clock;

    @Inject
    jp.kyodonet.platform.tenancy.TenantDirectory tenants;

    @Resource(lookup = "jdbc/kyodo")
    DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!mode.demoDataEnabled()) {
            return;
        }
        try (Connection lock = dataSource.getConnection()) {
            named(lock, "SELECT GET_LOCK('kyodo-demo-data', 600)");
            try {
                for (String centre : centres()) {
                    TenantId tenant = new TenantId(centre);
                    systemTasks.asTenant(tenant, () -> {
                        requests.fire(new DemoDataRequested(tenant, clock.today()));
                        return null;
                    });
                }
            } finally {
                named(lock, "SELECT RELEASE_LOCK('kyodo-demo-data')");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo data: the database's named lock failed", e);
        }
        LOG.info(() -> "demo data checked for " + centres());
    }

    private List<String> centres() {
        return tenants.active().stream().map(t -> t.id().value()).toList();
    }

    private static void named(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            if (!result.next() || result.getInt(1) != 1) {
                throw new SQLException(sql + " answered " + (result.getRow() == 0 ? "nothing" : result.getString(1)));
            }
        }
    }
}
