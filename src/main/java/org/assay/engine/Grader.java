package org.assay.engine;

import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;

/**
 * Grades typed answers against rubrics. Implementations are thread-safe and deterministic: the same rubric,
 * answer and engine version always give the same report.
 */
public interface Grader {

    /** Version string recorded in every report. */
    String VERSION = "0.1.0";

    /**
     * Grades one answer.
     *
     * @param rubric the question's rubric
     * @param answer the answer as typed; may be empty
     * @return the report; never null
     * @throws IllegalArgumentException if rubric or answer is null
     */
    GradeReport grade(Rubric rubric, String answer);
}
