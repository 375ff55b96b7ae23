package jp.kyodonet.kpi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the recomputations the committed changes asked for, off the request thread. A (centre, source) already
 * waiting is not queued twice; one asked for while it runs runs again after it, so the last run always sees
 * the last change.
 */
@ApplicationScoped
public class KpiRefresher {

    /** Whose facts of which source to recompute. */
    public record Target(String tenant, String source) {
    }

    private static final Logger LOG = Logger.getLogger(KpiRefresher.class.getName());
    private static final int ATTEMPTS = 5;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    KpiFactStore store;

    private final Set<Target> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicLong failures = new AtomicLong();

    /** Queues the recomputation of these targets. */
    public void schedule(Collection<Target> targets) {
        for (Target target : targets) {
            if (waiting.add(target)) {
                unfinished.incrementAndGet();
                try {
                    executor.execute(() -> run(target));
                } catch (RuntimeException refused) {
                    waiting.remove(target);
                    unfinished.decrementAndGet();
                    LOG.log(Level.WARNING, "KPI facts of " + target + " not queued; the nightly recomputation will catch up",
                            refused);
                }
            }
        }
    }

    /** Recomputations queued or running. */
    public int backlog() {
        return unfinished.get();
    }

    /** Recomputations that failed after every attempt since start (the nightly run repairs them). */
    public long failures() {
        return failures.get();
    }

    private void run(Target target) {
        waiting.remove(target);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    store.refresh(target.tenant(), target.source(), null);
                    return;
                } catch (RuntimeException e) {
                    if (attempt == ATTEMPTS) {
                        failures.incrementAndGet();
                        LOG.log(Level.SEVERE, "KPI facts of " + target + " could not be recomputed", e);
                        return;
                    }
                    LOG.log(Level.FINE, "KPI facts of " + target + ": attempt " + attempt + " failed, retrying", e);
                    sleep(50L * attempt);
                }
            }
        } finally {
            unfinished.decrementAndGet();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
