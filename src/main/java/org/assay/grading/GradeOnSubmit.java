package org.assay.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import org.assay.session.AttemptSubmitted;

/**
 * Grades an attempt as soon as its submission has committed. Attempts whose grading failed (the engine not loaded,
 * a crash) are picked up again by a periodic sweep.
 */
@ApplicationScoped
public class GradeOnSubmit {

    private static final int SWEEP_BATCH = 20;

    private final GradingService grading;
    private final EngineProducer engines;

    public GradeOnSubmit(GradingService grading, EngineProducer engines) {
        this.grading = grading;
        this.engines = engines;
    }

    /**
     * Grades right away when the engine is loaded. Otherwise the candidate does not wait for the models: grading runs
     * once they have loaded.
     */
    void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptSubmitted event) {
        engines.load().thenRun(() -> grade(event.attemptId()));
    }

    @Scheduled(identity = "grading-sweep", every = "60s", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (engines.load().isDone()) {
            grading.listUngradedAttempts(SWEEP_BATCH).forEach(this::grade);
        }
    }

    private void grade(long attemptId) {
        try {
            grading.gradeAttempt(attemptId);
        } catch (RuntimeException e) {
            Log.errorf(e, "Grading attempt %d failed; it will be tried again", attemptId);
        }
    }
}
