package org.assay.session;

/**
 * The page after submitting, with the candidate's receipt: {@code reference} names the attempt for the organisation,
 * {@code submittedAt} is the instant (shown in the candidate's zone by the page's script).
 */
public record DoneView(
        String title,
        String candidateName,
        String reference,
        String submittedAt,
        String submittedAtLabel,
        boolean byDeadline,
        int answered,
        int count,
        String attemptKey) {
}
