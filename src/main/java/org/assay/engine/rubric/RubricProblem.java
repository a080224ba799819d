package org.assay.engine.rubric;

/**
 * Something wrong with a rubric file, reported to its author instead of thrown.
 *
 * @param file the file name as given to the parser
 * @param line 1-based line the problem is on, or 0 when it concerns the whole file
 * @param message what is wrong, in plain English
 */
public record RubricProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
