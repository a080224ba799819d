package org.assay.engine.examples;

/**
 * A scored example graded by the rubric it is pinned to, ready to be compared.
 *
 * @param example the example as given
 * @param features its rubric grade and what is compared
 */
public record PreparedExample(ScoredExample example, AnswerFeatures features) {
}
