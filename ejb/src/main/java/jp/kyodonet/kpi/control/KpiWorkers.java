package jp.kyodonet.kpi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's workers of the change marks: woken when a transaction of this server committed marks, and every
 * few seconds by {@link KpiFactMaintenance} (marks of other servers, marks left by a crash, retries). Each worker
 * reads the oldest marks and claims them one by one; any number of workers on any number of servers may run, the
 * database hands each mark to one of them. Nothing is held in memory that a crash could lose.
 */
@ApplicationScoped
public class KpiWorkers {

    private static final Logger LOG = Logger.getLogger(KpiWorkers.class.getName());
    private static final int BATCH = 50;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    KpiFactStore store;

    @Inject
    @ConfigProperty(name = "kyodo.kpi.workers", defaultValue = "2")
    int workers;

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;

    /** Wakes the workers (starts them up to the configured number). */
    public void kick() {
        again.set(true);
        while (!stopped) {
            int now = running.get();
            if (now >= workers) {
                return;
            }
            if (running.compareAndSet(now, now + 1)) {
                try {
                    executor.execute(this::work);
                } catch (RuntimeException refused) {
                    running.decrementAndGet();
                    LOG.log(Level.FINE, "KPI worker not started (the marks wait for the next round)", refused);
                    return;
                }
            }
        }
    }

    /** Stops taking new marks (the application is being undeployed). */
    public void stop() {
        stopped = true;
    }

    private void work() {
        try {
            while (!stopped) {
                again.set(false);
                List<KpiMarks.Mark> batch = new ArrayList<>(store.waiting(BATCH));
                if (batch.isEmpty()) {
                    if (again.get()) {
                        continue;
                    }
                    return;
                }
                Collections.shuffle(batch); // several workers reading the same oldest marks spread over them
                for (KpiMarks.Mark mark : batch) {
                    if (stopped) {
                        return;
                    }
                    store.work(mark);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a KPI worker stopped; the marks wait for the next round", e);
        } finally {
            running.decrementAndGet();
        }
    }
}
