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
    private final java.util.Queue<Target> queue = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean draining = new java.util.concurrent.atomic.AtomicBoolean();
    private final AtomicInteger unfinished = new AtomicInteger();
    private final AtomicLong failures = new AtomicLong();

    /**
     * Queues the recomputation of these targets. One worker works the queue, one target at a time: a recomputation
     * reads all of a centre's records of a source, so running many at once under a burst of writes took the database
     * from the requests (bench/run load book: 11 bookings/s with one recomputation per commit in parallel). A target
     * already waiting is not queued twice, so the commits made meanwhile are counted by the one recomputation.
     */
    public void schedule(Collection<Target> targets) {
        for (Target target : targets) {
            if (waiting.add(target)) {
                unfinished.incrementAndGet();
                queue.add(target);
            }
        }
        drain();
    }

    private void drain() {
        if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    for (Target target = queue.poll(); target != null; target = queue.poll()) {
                        run(target);
                    }
                } finally {
                    draining.set(false);
                    drain(); // a target queued between the last poll and the flag
                }
            });
        } catch (RuntimeException refused) {
            draining.set(false);
            for (Target target = queue.poll(); target != null; target = queue.poll()) {
                waiting.remove(target);
                unfinished.decrementAndGet();
            }
            LOG.log(Level.WARNING, "KPI facts not queued; the nightly recomputation will catch up", refused);
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
