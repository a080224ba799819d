package org.assay.engine.cli;

import org.assay.engine.Grader;
import org.assay.engine.rubric.Rubric;

/** What the evaluate command needs from the engine: grading and drafting. Implementations are thread-safe. */
public interface EvaluationEngine extends Grader {

    /**
     * Drafts a rubric from a model answer.
     *
     * @param id question id of the new rubric
     * @param question the prompt
     * @param reference the model answer
     * @param points maximum score
     * @return a rubric to grade with
     */
    Rubric draft(String id, String question, String reference, double points);
}
