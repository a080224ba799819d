package org.assay.web;

import java.time.Duration;

/** How long to wait before trying again after failures: one schedule for every queue that retries. */
public final class Backoff {

    /** No wait grows past this, whatever the settings: the multiplication never overflows. */
    private static final Duration LONGEST = Duration.ofDays(3650);

    private Backoff() {
    }

    /**
     * The wait after {@code failedTries} failures: {@code first}, multiplied by {@code factor} for each failure after
     * the first, at most {@code maxSteps} times, and never longer than {@code cap}.
     *
     * @param cap the longest wait, or null for none but the steps
     */
    public static Duration after(Duration first, int factor, int failedTries, int maxSteps, Duration cap) {
        var wait = first;
        int steps = Math.min(Math.max(failedTries - 1, 0), maxSteps);
        for (int i = 0; i < steps && wait.compareTo(LONGEST) < 0 && (cap == null || wait.compareTo(cap) < 0); i++) {
            wait = wait.multipliedBy(factor);
        }
        return cap != null && wait.compareTo(cap) > 0 ? cap : wait;
    }
}
