package org.assay.engine.semantic;

/**
 * The answer unit most similar to one of a set of rubric sentences.
 *
 * @param unit the answer unit
 * @param exemplar the rubric sentence
 * @param similarity cosine similarity, rounded to three decimals
 */
public record SemanticMatch(AnswerUnit unit, Exemplar exemplar, double similarity) {
}
