package org.assay.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.assay.engine.examples.AnswerFeatures;
import org.assay.engine.examples.Examined;
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

    /**
     * Grades an answer by the rubric alone and keeps what the examples channel compares. By default the answer's
     * lower-case words stand for its content words and there is no embedding; the engine does better.
     *
     * @throws IllegalArgumentException if rubric or answer is null
     */
    default Examined examine(Rubric rubric, String answer) {
        GradeReport report = grade(rubric, answer);
        var words = Arrays.stream(answer.toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
        return new Examined(report, AnswerFeatures.of(report, words, null));
    }
}
