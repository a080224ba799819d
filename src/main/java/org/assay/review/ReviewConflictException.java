package org.assay.review;

/**
 * A review change that cannot be applied as sent: someone else changed the same thing since the form was loaded, or
 * the attempt is in a state that does not allow it. Nothing was saved; the message says what to do.
 */
public final class ReviewConflictException extends RuntimeException {

    public ReviewConflictException(String message) {
        super(message);
    }
}
