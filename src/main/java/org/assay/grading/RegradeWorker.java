package org.assay.grading;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Works on regrade jobs on every instance. Each batch runs under the job's row lock, so two instances never regrade
 * the same answers; a job interrupted by a restart is picked up again from its saved cursor.
 */
@ApplicationScoped
public class RegradeWorker {

    /** A tick stops starting batches after this long, so the next tick (and shutdown) is not held up. */
    static final Duration TICK_BUDGET = Duration.ofSeconds(20);

    private final RegradeService regrades;

    public RegradeWorker(RegradeService regrades) {
        this.regrades = regrades;
    }

    @Scheduled(identity = "regrade-worker", every = "{assay.regrade.interval}",
            delayed = "{assay.regrade.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        work(TICK_BUDGET);
    }

    /**
     * Runs batches of the pending jobs, oldest job first, until they are done or the time is up.
     *
     * @return how many batches ran
     */
    public int work(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        int batches = 0;
        for (long jobId : regrades.pendingJobs()) {
            boolean more = true;
            while (more && System.nanoTime() < deadline) {
                try {
                    more = regrades.runBatch(jobId);
                    batches++;
                } catch (RuntimeException e) {
                    regrades.fail(jobId, e);
                    more = false;
                }
            }
        }
        return batches;
    }
}
