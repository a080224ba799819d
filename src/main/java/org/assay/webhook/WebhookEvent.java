package org.assay.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a webhook can subscribe to; {@link #wireName()} is the name receivers see. */
public enum WebhookEvent {
    ATTEMPT_STARTED("A candidate started a test"),
    ATTEMPT_SUBMITTED("A test was submitted, by the candidate or at the deadline"),
    ATTEMPT_GRADED("Every answer of a submitted test has an automatic grade"),
    REVIEW_COMPLETED("An interviewer marked an attempt reviewed"),
    INVITATION_EXPIRED("An invitation link ran out before the candidate started");

    private final String description;

    WebhookEvent(String description) {
        this.description = description;
    }

    /** Such as {@code attempt.submitted}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
    }

    public String description() {
        return description;
    }

    public static Optional<WebhookEvent> parse(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName().equals(wireName)).findFirst();
    }
}
