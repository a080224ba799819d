package org.assay.engine.score;

/**
 * A span of the original answer text that earned, or would have earned, points.
 *
 * @param start offset of the first character in the original answer (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the answer text between start and end
 * @param matched the rubric expression, keyword or exemplar it matched
 * @param kind how it matched
 * @param negated true when the span sits under a negation and therefore earned nothing
 */
public record Evidence(int start, int end, String text, String matched, MatchKind kind, boolean negated) {
}
