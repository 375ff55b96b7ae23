package jp.kyodonet.platform.demo;

import jakarta.annotation.PostConstruct;
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

import java.util.List;
import java.util.logging.Logger;

/**
 * Loads demo records at start-up when {@code platform.demo-data.enabled} (demo mode only): for a few
 * centres, one system task per centre, each firing {@link DemoDataRequested} for the capabilities. It starts
 * after the KPI facts are prepared, so the demo records are counted as they are written.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "TenantDirectory", "PlatformMode", "KpiFactMaintenance"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    /** Centres that get demo records: the city centre, two NPO-run and one directly run ward centre. */
    static final List<String> DEMO_CENTRES = List.of("city", "nishi", "totsuka", "midori");

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    PlatformMode mode;

    @Inject
    SystemTasks systemTasks;

    @Inject
    Event<DemoDataRequested> requests;

    @Inject
    BusinessClock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!mode.demoDataEnabled()) {
            return;
        }
        for (String centre : DEMO_CENTRES) {
            TenantId tenant = new TenantId(centre);
            systemTasks.asTenant(tenant, () -> {
                requests.fire(new DemoDataRequested(tenant, clock.today()));
                return null;
            });
        }
        LOG.info(() -> "demo data checked for " + DEMO_CENTRES);
    }
}
