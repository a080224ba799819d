package org.assay.session;

/** The test has no question at that position or with that id. */
public final class UnknownQuestionException extends RuntimeException {

    public UnknownQuestionException(String question) {
        super("This test has no question " + question + ".");
    }
}
