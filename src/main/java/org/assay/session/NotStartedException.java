package org.assay.session;

/** A question or answer was asked for before the candidate pressed Start. */
public final class NotStartedException extends RuntimeException {

    private final String token;

    public NotStartedException(String token) {
        super("This test has not been started yet. Open the link and press Start first.");
        this.token = token;
    }

    public String token() {
        return token;
    }
}
