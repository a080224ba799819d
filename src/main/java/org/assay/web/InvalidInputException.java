package org.assay.web;

/** Input that breaks a rule checked by a service (not by annotations); carries one message per field. */
public final class InvalidInputException extends RuntimeException {

    private final transient FormErrors errors;

    public InvalidInputException(FormErrors errors) {
        super(String.join("; ", errors.messages().values()));
        this.errors = errors;
    }

    public FormErrors errors() {
        return errors;
    }
}
