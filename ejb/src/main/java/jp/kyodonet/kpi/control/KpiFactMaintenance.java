package jp.kyodonet.kpi.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jp.kyodonet.platform.tenancy.SystemTasks;
import jp.kyodonet.platform.tenancy.TenantDirectory;
import jp.kyodonet.platform.time.MinuteDue;

/**
 * Keeps the facts whole without holding anything in memory: at start-up this server's workers take what is marked
 * (nothing else is recomputed); every two seconds they look again (marks of other servers, retries). A persistent
 * timer fires every minute, once for a whole deployment group (Payara's data grid timer store), and notes each firing
 * in {@code kpi_timer_firing}, where the minute's key lets only its first firing do the minute's work (after a whole
 * group was stopped, every instance has a copy of the timer). At {@code kyodo.kpi.nightly-check-at} (Japan time,
 * default 00:10) it checks every centre's facts against its records and marks what differs (the overdue follow-ups
 * are counted as of today, so this month's change every day). Each check is recorded in {@code kpi_check_run}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn({"DatabaseMigration", "TenantDirectory"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KpiFactMaintenance {

    private static final Logger LOG = Logger.getLogger(KpiFactMaintenance.class.getName());
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String NIGHTLY_AT = "kyodo.kpi.nightly-check-at";

    @Inject
    KpiFactStore store;

    @Inject
    KpiWorkers workers;

    @Inject
    KpiCheckRuns runs;

    @Inject
    TenantDirectory tenants;

    @Inject
    SystemTasks tasks;

    @Inject
    jakarta.enterprise.event.Event<MinuteDue> minutes;

    /** When the nightly check runs, HH:mm in Japan (read at every firing: a cluster can move it without a restart). */
    @Inject
    @ConfigProperty(name = NIGHTLY_AT, defaultValue = "00:10")
    Provider<String> nightlyAt;

    @PostConstruct
    void start() {
        nightlyCheckAt();
        KpiFactStore.Backlog backlog = store.backlog();
        LOG.info(() -> "KPI facts: " + backlog.waiting() + " marks waiting at start-up");
        workers.kick();
    }

    @PreDestroy
    void stop() {
        workers.stop();
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void poll() {
        store.beat();
        workers.kick();
    }

    @Schedule(hour = "*", minute = "*", persistent = true, info = "kpi-minute")
    void everyMinute(Timer timer) {
        // the minute this firing was due: one before the next (a firing that was missed while no server ran comes late)
        LocalDateTime due = LocalDateTime.ofInstant(timer.getNextTimeout().toInstant(), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        if (!runs.fired(due)) {
            LOG.warning(() -> "KPI facts: the minute timer fired again for " + due + " UTC (another instance's copy of"
                    + " the timer); the first firing did the minute's work");
            return;
        }
        LocalDateTime japan = due.atOffset(ZoneOffset.UTC).atZoneSameInstant(JAPAN).toLocalDateTime();
        if (japan.toLocalTime().equals(nightlyCheckAt())) {
            check("nightly");
        }
        try {
            minutes.fire(new MinuteDue(japan));
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "the minute's work failed for " + japan + " (Japan)", e);
        }
    }

    private LocalTime nightlyCheckAt() {
        String value = nightlyAt.get();
        try {
            return LocalTime.parse(value).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(NIGHTLY_AT + " must be a time of day such as 00:10, not '" + value + "'", e);
        }
    }

    /**
     * What a check did: fiscal years of a centre and source compared, those marked because they differed, and rows of
     * the city totals corrected because they were not the sum of their centres' facts.
     */
    public record Check(int checked, int marked, int cityRowsCorrected) {
    }

    /** Checks every centre's facts against the records and marks what differs. */
    public Check check(String kind) {
        long run = runs.started(kind);
        int checked = 0;
        int marked = 0;
        for (var tenant : tenants.all()) {
            int[] result = tasks.asTenant(tenant.id(), () -> store.checkCentre());
            checked += result[0];
            marked += result[1];
        }
        int corrected = 0;
        java.util.Map<String, List<String>> cities = new java.util.TreeMap<>();
        for (var tenant : tenants.all()) {
            cities.computeIfAbsent(tenant.city(), c -> new java.util.ArrayList<>()).add(tenant.id().value());
        }
        for (var city : cities.entrySet()) {
            corrected += store.checkCity(city.getKey(), city.getValue());
        }
        runs.finished(run, checked, marked);
        int total = marked;
        LOG.info(() -> "KPI facts: the " + kind + " check marked " + total + " stale fiscal years");
        workers.kick();
        return new Check(checked, total, corrected);
    }
}
