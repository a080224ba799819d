package org.assay.engine.rubric;

/**
 * Reads the rubric YAML format described in docs/grading.md. Thread-safe; never throws on bad input.
 */
public final class RubricParser {

    /**
     * Parses one rubric.
     *
     * @param file the name to report problems against
     * @param yaml the file's content
     * @return the rubric, or every problem found with its line
     */
    public ParseResult parse(String file, String yaml) {
        throw new UnsupportedOperationException("not built yet");
    }
}
