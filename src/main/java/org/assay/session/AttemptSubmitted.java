package org.assay.session;

/** Fired inside the submitting transaction; observers that grade run after it commits. */
public record AttemptSubmitted(long attemptId) {
}
