package org.assay.engine.cli;

import java.io.PrintStream;

/** Reports problems with input lines on standard error, as {@code file:line: message}, and counts them. */
final class LineErrors {

    private final String file;
    private final PrintStream err;
    private int count;

    LineErrors(String file, PrintStream err) {
        this.file = file;
        this.err = err;
    }

    void report(int line, String message) {
        err.println(file + ":" + line + ": " + message);
        count++;
    }

    int count() {
        return count;
    }
}
