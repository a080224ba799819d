package org.assay.engine.semantic;

/**
 * A sentence, or two neighbouring sentences, of an answer embedded for comparison with the rubric.
 *
 * @param firstToken index of the first token
 * @param endToken index after the last token
 * @param start offset in the original answer
 * @param end offset after the unit in the original answer
 * @param vector unit-length embedding
 */
public record AnswerUnit(int firstToken, int endToken, int start, int end, float[] vector) {
}
