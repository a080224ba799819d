package org.assay.engine.match;

import org.assay.engine.score.MatchKind;

/**
 * Where a word or phrase of a pattern was found in an answer.
 *
 * @param first index of the first token
 * @param last index of the last token (inclusive)
 * @param kind how it matched
 * @param strength 0..1, how much the match is worth
 * @param negated true when a token lies under a negation
 * @param clause the clause of the first token
 */
public record Hit(int first, int last, MatchKind kind, double strength, boolean negated, int clause) {

    /** True when this hit shares a token with {@code other}. */
    public boolean overlaps(Hit other) {
        return first <= other.last && other.first <= last;
    }

    /** Joins a hit that follows this one into a phrase hit. */
    Hit extend(Hit next) {
        MatchKind weaker = next.kind.ordinal() > kind.ordinal() ? next.kind : kind;
        return new Hit(first, next.last, weaker, Math.min(strength, next.strength), negated || next.negated, clause);
    }
}
