package jp.kyodonet.kpi.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.kyodonet.platform.tenancy.TenantDirectory;

/**
 * Keeps the facts whole across restarts and the turn of the day: at start-up (changes committed while a
 * previous run was stopping may not have been recomputed) and every night at 00:10 in Japan (the overdue
 * follow-ups of this month are counted as of today), every centre's facts are recomputed.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "TenantDirectory"})
public class KpiFactMaintenance {

    private static final Logger LOG = Logger.getLogger(KpiFactMaintenance.class.getName());

    @Inject
    KpiFactStore store;

    @Inject
    KpiRefresher refresher;

    @Inject
    TenantDirectory tenants;

    @PostConstruct
    void start() {
        store.prepare(centres());
        everything();
        LOG.info("KPI facts: recomputation of every centre queued");
    }

    @Schedule(hour = "0", minute = "10", timezone = "Asia/Tokyo", persistent = false)
    void nightly() {
        everything();
    }

    private void everything() {
        List<KpiRefresher.Target> all = new ArrayList<>();
        for (String centre : centres()) {
            for (String source : KpiFactStore.SOURCES) {
                all.add(new KpiRefresher.Target(centre, source));
            }
        }
        refresher.schedule(all);
    }

    private List<String> centres() {
        return tenants.all().stream().map(t -> t.id().value()).toList();
    }
}
