package org.assay.grading;

/** Fired inside the transaction that stores the last missing grade of a submitted attempt. */
public record AttemptGraded(long attemptId) {
}
