package org.assay.engine.semantic;

/**
 * A sentence, or two neighbouring sentences, of an answer, compared with the rubric by its embedding
 * ({@link SemanticAnswer#vector(AnswerUnit)}).
 *
 * @param firstToken index of the first token
 * @param endToken index after the last token
 * @param start offset in the original answer
 * @param end offset after the unit in the original answer
 * @param firstSentence index of its first sentence
 * @param lastSentence index of its last sentence (the same as the first for a single sentence)
 */
public record AnswerUnit(int firstToken, int endToken, int start, int end, int firstSentence, int lastSentence) {
}
