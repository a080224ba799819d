package org.assay.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A task run on a daemon thread of its own whenever it is woken. Wakes that arrive while a run is pending merge into
 * it, so a burst of wakes costs one run; a wake during a run makes one more run after it. Once stopping, it ignores
 * wakes: background work is found again in the database after the next start.
 */
public final class WakeableTask {

    private final ExecutorService thread;
    private final Runnable task;
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile boolean stopping;

    public WakeableTask(String threadName, Runnable task) {
        this.task = task;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            var t = new Thread(runnable, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the task soon on its thread; the caller never waits for it. */
    public void wake() {
        if (!stopping && woken.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    woken.set(false);
                    task.run();
                });
            } catch (RejectedExecutionException stopped) {
                // stopped between the check and the hand-over
            }
        }
    }

    /** Whether {@link #stop()} has been called: a long run checks this to end early. */
    public boolean stopping() {
        return stopping;
    }

    /** Takes no more wakes; a run under way goes on until it ends. */
    public void stop() {
        stopping = true;
        thread.shutdown();
    }

    /** Waits for the run under way after {@link #stop()}; true if it ended in time. */
    public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
        return thread.awaitTermination(timeout, unit);
    }
}
