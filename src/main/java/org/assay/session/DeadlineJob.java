package org.assay.session;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/** Submits attempts whose time is over, with the answers saved by then. Every instance may run it. */
@ApplicationScoped
public class DeadlineJob {

    private final AttemptService attempts;

    public DeadlineJob(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Scheduled(identity = "deadline-job", every = "${assay.test.deadline-check:PT5S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        submitOverdue();
    }

    /** Submits every overdue attempt; returns how many this call submitted. */
    public int submitOverdue() {
        int submitted = 0;
        for (long id : attempts.listOverdue()) {
            try {
                if (attempts.submitOverdue(id)) {
                    submitted++;
                }
            } catch (RuntimeException e) {
                // Another instance may be submitting the same attempt; the next run sees the outcome
                Log.warnf(e, "Could not submit overdue attempt %d", id);
            }
        }
        return submitted;
    }
}
