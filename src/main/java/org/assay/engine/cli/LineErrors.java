package org.assay.engine.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reports lines that could not be graded on standard error, as {@code file:line: message}, and keeps them so the
 * output file can carry them too, each with an {@code error} field.
 */
final class LineErrors {

    /**
     * @param line the input line number
     * @param message why it was not graded
     * @param fields the line's fields when it was a JSON object, else null
     */
    record LineError(int line, String message, ObjectNode fields) {
    }

    private final String file;
    private final PrintStream err;
    private final List<LineError> errors = new ArrayList<>();

    LineErrors(String file, PrintStream err) {
        this.file = file;
        this.err = err;
    }

    void report(int line, String message) {
        report(line, message, null);
    }

    synchronized void report(int line, String message, ObjectNode fields) {
        err.println(file + ":" + line + ": " + message);
        errors.add(new LineError(line, message, fields));
    }

    synchronized int count() {
        return errors.size();
    }

    synchronized List<LineError> all() {
        return List.copyOf(errors);
    }
}
