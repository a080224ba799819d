package org.assay.session;

/** The assessment cannot be started: it has no questions, or a question has no rubric yet. */
public final class TestNotReadyException extends RuntimeException {

    public TestNotReadyException(String reason) {
        super("This test cannot be started yet: " + reason + ". Please tell the person who invited you.");
    }
}
