package org.assay.session;

/** The page after submitting. */
public record DoneView(
        String title,
        String candidateName,
        String submittedAtLabel,
        boolean byDeadline,
        int answered,
        int count,
        String attemptKey) {
}
