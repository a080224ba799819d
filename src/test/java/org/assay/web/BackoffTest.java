package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void theFirstFailureWaitsTheFirstDelayAndEachLaterOneMultipliesIt() {
        assertThat(Backoff.after(MINUTE, 4, 1, 10, null)).isEqualTo(MINUTE);
        assertThat(Backoff.after(MINUTE, 4, 2, 10, null)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.after(MINUTE, 2, 4, 20, null)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void theWaitStopsGrowingAtTheCapOrAfterTheLastStep() {
        assertThat(Backoff.after(MINUTE, 4, 6, 30, Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(MINUTE, 4, 50, 10, null)).isEqualTo(MINUTE.multipliedBy(1L << 20));
    }

    @Test
    void aRetryCountFarBeyondAnySettingNeverOverflows() {
        assertThat(Backoff.after(MINUTE, 4, Integer.MAX_VALUE, Integer.MAX_VALUE, null))
                .isLessThanOrEqualTo(Duration.ofDays(3650 * 4));
        assertThat(Backoff.after(MINUTE, 4, Integer.MAX_VALUE, 30, Duration.ofDays(1))).isEqualTo(Duration.ofDays(1));
    }
}
