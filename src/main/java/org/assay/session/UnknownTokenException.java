package org.assay.session;

/** The link's token matches no invitation. */
public final class UnknownTokenException extends RuntimeException {

    public UnknownTokenException() {
        super("This test link is not valid. Check that you copied the whole link from your invitation.");
    }
}
