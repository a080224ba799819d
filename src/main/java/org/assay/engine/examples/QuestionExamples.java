package org.assay.engine.examples;

import java.util.List;

/**
 * The scored examples of one question, each graded by the rubric version they are pinned to. Answers graded under
 * another version of the rubric learn nothing from them.
 *
 * @param qid the question
 * @param rubricVersion fingerprint of the rubric the examples were scored under
 * @param max the question's points
 * @param examples the examples
 */
public record QuestionExamples(String qid, String rubricVersion, double max, List<PreparedExample> examples) {

    public QuestionExamples {
        examples = List.copyOf(examples);
    }
}
