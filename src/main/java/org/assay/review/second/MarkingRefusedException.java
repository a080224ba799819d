package org.assay.review.second;

/**
 * A second mark or adjudication that cannot be accepted: 403 when the person may not give it (the first reviewer
 * second-marking, a reviewer adjudicating their own marks), 409 when the attempt is not in the state for it. Nothing
 * was saved; the message says why.
 */
public final class MarkingRefusedException extends RuntimeException {

    private final int status;

    public MarkingRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
