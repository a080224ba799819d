package org.assay.engine.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.assay.engine.Grader;
import org.assay.engine.examples.AnswerFeatures;
import org.assay.engine.examples.Examined;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;

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

    /**
     * Grades an answer by the rubric alone and keeps what the examples channel compares. By default the answer's
     * lower-case words stand for its content words and there is no embedding.
     */
    default Examined examine(Rubric rubric, String answer) {
        GradeReport report = grade(rubric, answer);
        var words = Arrays.stream(answer.toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
        return new Examined(report, AnswerFeatures.of(report, words, null));
    }
}
