package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WakeableTaskTest {

    @Test
    void wakesDuringARunMergeIntoOneMoreRun() throws Exception {
        var runs = new AtomicInteger();
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var task = new WakeableTask("test-task", () -> {
            if (runs.incrementAndGet() == 1) {
                running.countDown();
                await(release);
            }
        });

        task.wake();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 50; i++) {
            task.wake();
        }
        release.countDown();
        task.stop();

        assertThat(task.awaitStopped(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void afterStopAWakeIsIgnoredAndTheRunUnderWayFinishes() throws Exception {
        var runs = new AtomicInteger();
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var task = new WakeableTask("test-task", () -> {
            runs.incrementAndGet();
            running.countDown();
            await(release);
        });

        task.wake();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        task.stop();
        task.wake();
        assertThat(task.stopping()).isTrue();
        assertThat(task.awaitStopped(100, TimeUnit.MILLISECONDS)).as("the run under way is not interrupted").isFalse();
        release.countDown();

        assertThat(task.awaitStopped(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
