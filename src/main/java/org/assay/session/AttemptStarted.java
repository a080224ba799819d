package org.assay.session;

/** Fired inside the transaction that starts an attempt; observers that write join it. */
public record AttemptStarted(long attemptId) {
}
