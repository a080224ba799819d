package org.assay.webhook;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.hibernate.validator.constraints.time.DurationMin;

/** Webhook delivery settings ({@code assay.webhooks.*}, or ASSAY_WEBHOOKS_... environment variables). */
@ConfigMapping(prefix = "assay.webhooks")
public interface WebhookConfig {

    /** How often each instance looks for deliveries that are due; a new event is also sent at once. */
    @WithDefault("5s")
    @DurationMin(inclusive = false)
    Duration poll();

    /** Wait after the first failed try; it doubles after each further failure. */
    @WithDefault("PT30S")
    @DurationMin
    Duration retryDelay();

    /** Longest wait between two tries. */
    @WithDefault("PT1H")
    @DurationMin
    Duration maxRetryDelay();

    /** Tries before a delivery is marked failed; an admin can re-send it then. */
    @WithDefault("8")
    @Min(1)
    int maxTries();

    /** How long a receiver has to connect and answer. */
    @WithDefault("PT10S")
    @DurationMin(inclusive = false)
    Duration timeout();

    /** How long a claimed delivery stays with one instance before another may try it. */
    @WithDefault("PT2M")
    @DurationMin(inclusive = false)
    Duration claim();

    /** Deliveries sent per pass of one instance. */
    @WithDefault("20")
    @Min(1)
    int batchSize();
}
