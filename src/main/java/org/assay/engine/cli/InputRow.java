package org.assay.engine.cli;

import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One valid input line.
 *
 * @param line 1-based line number in the input file
 * @param fields every field of the line, in order
 * @param qid the question id
 * @param answer the answer to grade
 * @param human the human score, when the line has one
 * @param kind the line's kind, when it has one
 * @param group the value of the cross-validation field, as text ("" when absent)
 */
record InputRow(int line, ObjectNode fields, String qid, String answer, OptionalDouble human, Optional<String> kind,
        String group) {

    /** The text of a field, or empty when it is absent or not text. */
    Optional<String> text(String name) {
        return Optional.ofNullable(fields.get(name)).filter(v -> v.isTextual()).map(v -> v.asText());
    }
}
