package org.assay.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The invitation has expired or the attempt is over: nothing more can be saved or started. */
public final class AttemptClosedException extends RuntimeException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String title;

    private AttemptClosedException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    public static AttemptClosedException expired(Instant expiresAt) {
        return new AttemptClosedException("This invitation has expired",
                "This invitation expired on " + WHEN.format(expiresAt)
                        + ". Ask the person who invited you for a new link.");
    }

    /** The admin withdrew the link, or sent the candidate a newer one in its place. */
    public static AttemptClosedException revoked(boolean replaced) {
        return replaced
                ? new AttemptClosedException("This link has been replaced",
                        "A newer link to this test was sent to you, and this one no longer works. Use the newest"
                                + " invitation you received, or ask the person who invited you.")
                : new AttemptClosedException("This invitation has been withdrawn",
                        "The person who invited you withdrew this link. Ask them if you think this is a mistake.");
    }

    public static AttemptClosedException timeUp(Instant deadline) {
        return new AttemptClosedException("Time is up",
                "The time for this test ended at " + WHEN.format(deadline)
                        + ". The answers saved by then have been submitted.");
    }

    public static AttemptClosedException submitted(Instant submittedAt) {
        return new AttemptClosedException("This test has been submitted",
                "Your answers were submitted on " + WHEN.format(submittedAt) + " and can no longer be changed.");
    }

    public String title() {
        return title;
    }

    static String format(Instant instant) {
        return WHEN.format(instant);
    }
}
