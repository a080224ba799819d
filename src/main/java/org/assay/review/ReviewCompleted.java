package org.assay.review;

/** Fired inside the transaction that marks an attempt reviewed. */
public record ReviewCompleted(long attemptId, String reviewer) {
}
