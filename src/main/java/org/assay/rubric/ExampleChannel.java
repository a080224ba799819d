package org.assay.rubric;

import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;

/**
 * The examples channel as rubric authoring sees it: try-it grades with the question's scored examples as grading
 * would, and the editor and examples page say how much the examples help. Grading, which reads overrides and
 * answers, provides it.
 */
public interface ExampleChannel {

    /**
     * An answer typed into try-it, graded as a candidate's answer would be: moved by the question's examples when
     * the bank uses them and {@code rubric} is the version they were scored under.
     */
    GradeReport grade(QuestionRubric question, Rubric rubric, String answer);

    /** Agreement of the question's examples with and without the channel, each example left out in turn. */
    ChannelAgreement agreement(QuestionRubric question);

    /** The bank's switches and how many examples the question has against how many the channel needs. */
    ChannelCoverage coverage(QuestionRubric question);
}
