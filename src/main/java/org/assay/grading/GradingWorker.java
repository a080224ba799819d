package org.assay.grading;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import org.assay.grader.EngineProducer;
import org.assay.session.AttemptSubmitted;
import org.assay.web.AssayConfig;
import org.assay.web.WakeableTask;

/**
 * Grades queued answers in a bounded pool of worker threads, never on a candidate's request. Every instance runs one;
 * they share the queue in the database, where each answer is claimed by one of them at a time. A submit queues its
 * answers in its own transaction and wakes the worker once it has committed. When the application stops, it claims
 * nothing more and lets the answers it holds finish while the database is still open.
 */
@ApplicationScoped
public class GradingWorker {

    private static final long STOP_WAIT_SECONDS = 10;

    private final GradingService grading;
    private final EngineProducer engines;
    private final int size;
    private final String name = "worker-" + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore slots;
    private final ExecutorService pool;
    private final WakeableTask dispatcher = new WakeableTask("grading-dispatcher", this::dispatch);

    public GradingWorker(GradingService grading, EngineProducer engines, AssayConfig config) {
        this.grading = grading;
        this.engines = engines;
        int workers = config.grading().workers();
        this.size = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        this.slots = new Semaphore(size);
        var count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(size, task -> daemon(task, "grader-" + count.incrementAndGet()));
    }

    /** Queues the attempt's answers as part of the submit, so a crash right after it loses none of them. */
    void onSubmitting(@Observes AttemptSubmitted event) {
        grading.enqueue(event.attemptId());
    }

    void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptSubmitted event) {
        wake();
    }

    /** Looks for due answers on another thread: the caller never waits for grading. */
    public void wake() {
        dispatcher.wake();
    }

    @Scheduled(identity = "grading-worker", every = "{assay.grading.poll}", delayed = "{assay.grading.poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        wake();
    }

    /**
     * Claims as many due answers as there are free threads and hands them out, until none is due. Runs on the one
     * dispatcher thread only, so claims never race within an instance.
     */
    private void dispatch() {
        var loading = engines.load();
        if (!loading.isDone()) {
            loading.thenRun(this::wake);
            return;
        }
        if (loading.isCompletedExceptionally()) {
            return;
        }
        try {
            while (!dispatcher.stopping() && slots.availablePermits() > 0) {
                var claimed = grading.claim(slots.availablePermits(), name);
                if (claimed.isEmpty()) {
                    return;
                }
                for (long answerId : claimed) {
                    slots.acquireUninterruptibly();
                    pool.execute(() -> gradeThenRelease(answerId));
                }
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Could not look for answers to grade; trying again shortly");
        }
    }

    private void gradeThenRelease(long answerId) {
        try {
            grading.gradeClaimed(answerId, name);
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not store the outcome of grading answer %d; it is tried again when its claim ends",
                    answerId);
        } finally {
            slots.release();
            wake();
        }
    }

    /**
     * Waits until no answer is being graded by this instance, for tests.
     *
     * @return true if the pool went idle in time
     */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        if (slots.tryAcquire(size, timeout, unit)) {
            slots.release(size);
            return true;
        }
        return false;
    }

    /** Runs before the database is closed, so that no claim or grade meets a closed database. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        dispatcher.stop();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
        // The pool closes only after the dispatcher, which may still hand it answers it has just claimed
        boolean dispatched = dispatcher.awaitStopped(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        pool.shutdown();
        if (!dispatched || !pool.awaitTermination(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            Log.warnf("Answers were still being graded %d s after the stop began; they are graded again when their"
                    + " claim ends", STOP_WAIT_SECONDS);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        var thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
