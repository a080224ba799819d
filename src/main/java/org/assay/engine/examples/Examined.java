package org.assay.engine.examples;

import org.assay.engine.score.GradeReport;

/**
 * An answer graded by the rubric alone, with what the examples channel needs to compare it with others.
 *
 * @param report the rubric's grade
 * @param features what is compared
 */
public record Examined(GradeReport report, AnswerFeatures features) {
}
