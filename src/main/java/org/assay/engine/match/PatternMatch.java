package org.assay.engine.match;

import java.util.List;

import org.assay.engine.score.MatchKind;

/**
 * The best place a pattern was found in an answer.
 *
 * @param pattern what was looked for
 * @param hits where each slot was filled, in slot order
 * @param first index of the first token of the match
 * @param last index of the last token (inclusive)
 * @param kind the weakest kind of match among the slots
 * @param strength 0..1, the weakest slot's worth
 * @param negated true when the match lies under a negation (for a negative pattern: always false, the negation is
 *     what it asked for)
 */
public record PatternMatch(
        Pattern pattern, List<Hit> hits, int first, int last, MatchKind kind, double strength, boolean negated) {

    public PatternMatch {
        hits = List.copyOf(hits);
    }

    /** True when this match shares a token with a hit of {@code other}. */
    public boolean overlaps(PatternMatch other) {
        for (Hit a : hits) {
            for (Hit b : other.hits) {
                if (a.overlaps(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
