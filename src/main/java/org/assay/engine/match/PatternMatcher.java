package org.assay.engine.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.assay.engine.score.MatchKind;
import org.assay.engine.text.Denials;
import org.assay.engine.text.Token;

/**
 * Finds a pattern in an answer: every slot filled inside one clause, in any order, by distinct tokens, within a
 * window of {@code 2n + 2} tokens for n slots (plus the length of multi-word fills). A negated expression ("no base
 * case") matches only negated text, or a phrase followed by a negated verb ("the base case is not included"). An
 * ordered pattern fills its slots in order, with at most {@value #ORDERED_GAP} function words or hyphens between one
 * and the next, and none of them a relative pronoun: "less" in "DPO is less expensive" keeps it from matching
 * "DPO is more expensive", and "that" in "an alternative to RLHF that is simpler" from matching "RLHF is simpler".
 * A match needs a word the candidate asserts ({@link Token#asserted()}). Prefers a match outside any negation, then
 * the strongest, then the tightest, then the earliest. Stateless and thread-safe.
 */
public final class PatternMatcher {

    private static final int WINDOW_PER_SLOT = 2;
    private static final int WINDOW_SLACK = 2;
    private static final int ORDERED_GAP = 3;
    /** A relative clause in the gap speaks of something else: "an alternative to RLHF that is simpler". */
    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whom", "whose");

    /**
     * Finds the best match.
     *
     * @param pattern what to look for
     * @param answer the indexed answer
     * @param blocked tokens that may not be used (already claimed by a misconception)
     * @return the best match; a negated one only when no match outside a negation exists
     */
    public Optional<PatternMatch> find(Pattern pattern, AnswerIndex answer, BitSet blocked) {
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        List<List<Hit>> candidates = new ArrayList<>();
        for (Slot slot : pattern.slots()) {
            List<Hit> hits = slotHits(slot, answer, blocked);
            if (hits.isEmpty()) {
                return Optional.empty();
            }
            candidates.add(hits);
        }
        Search search = new Search(pattern, candidates, answer);
        search.run(0, 0, Integer.MAX_VALUE, Integer.MIN_VALUE);
        return Optional.ofNullable(search.best);
    }

    private static List<Hit> slotHits(Slot slot, AnswerIndex answer, BitSet blocked) {
        List<Hit> hits = new ArrayList<>();
        for (Phrase phrase : slot.alternatives()) {
            for (Hit h : phraseHits(phrase, answer)) {
                Hit hit = phrase.synonym() && h.kind().ordinal() < MatchKind.SYNONYM.ordinal()
                        ? new Hit(h.first(), h.last(), MatchKind.SYNONYM, h.strength(), h.negated(), h.clause())
                        : h;
                if (blocked.nextSetBit(hit.first()) < 0 || blocked.nextSetBit(hit.first()) > hit.last()) {
                    hits.add(hit);
                }
            }
        }
        return hits;
    }

    /** Phrase words in order, each within two tokens of the previous one and in the same clause. */
    private static List<Hit> phraseHits(Phrase phrase, AnswerIndex answer) {
        List<Hit> partial = answer.hits(phrase.words().get(0));
        for (int w = 1; w < phrase.words().size() && !partial.isEmpty(); w++) {
            List<Hit> nextWord = answer.hits(phrase.words().get(w));
            List<Hit> extended = new ArrayList<>();
            for (Hit p : partial) {
                for (Hit n : nextWord) {
                    if (n.first() > p.last() && n.first() <= p.last() + 2 && n.clause() == p.clause()) {
                        extended.add(p.extend(n));
                    }
                }
            }
            partial = extended;
        }
        return partial;
    }

    /** Depth-first search over one hit per slot. */
    private static final class Search {
        private final Pattern pattern;
        private final List<List<Hit>> candidates;
        private final AnswerIndex answer;
        private final Hit[] chosen;
        private final int window;
        private PatternMatch best;

        Search(Pattern pattern, List<List<Hit>> candidates, AnswerIndex answer) {
            this.pattern = pattern;
            this.candidates = candidates;
            this.answer = answer;
            this.chosen = new Hit[candidates.size()];
            this.window = candidates.size() == 1 ? Integer.MAX_VALUE
                    : WINDOW_PER_SLOT * candidates.size() + WINDOW_SLACK;
        }

        void run(int slot, int extra, int first, int last) {
            if (slot == chosen.length) {
                consider(first, last);
                return;
            }
            for (Hit h : candidates.get(slot)) {
                if (slot > 0 && (h.clause() != chosen[0].clause() || overlapsChosen(h, slot))) {
                    continue;
                }
                if (pattern.ordered() && slot > 0 && !followsClosely(chosen[slot - 1], h)) {
                    continue;
                }
                int newFirst = Math.min(first, h.first());
                int newLast = Math.max(last, h.last());
                int newExtra = extra + h.last() - h.first();
                if (newLast - newFirst + 1 > (long) window + newExtra) {
                    continue;
                }
                chosen[slot] = h;
                run(slot + 1, newExtra, newFirst, newLast);
            }
        }

        private boolean followsClosely(Hit previous, Hit next) {
            if (next.first() <= previous.last() || next.first() - previous.last() - 1 > ORDERED_GAP) {
                return false;
            }
            List<Token> tokens = answer.text().tokens();
            for (int i = previous.last() + 1; i < next.first(); i++) {
                Token t = tokens.get(i);
                if (t.isContent() || !t.isWord() && !"-".equals(t.text()) || RELATIVE.contains(t.lower())) {
                    return false;
                }
            }
            return true;
        }

        private boolean overlapsChosen(Hit h, int slot) {
            for (int k = 0; k < slot; k++) {
                if (chosen[k].overlaps(h)) {
                    return true;
                }
            }
            return false;
        }

        private void consider(int first, int last) {
            boolean negated = false;
            MatchKind kind = MatchKind.EXACT;
            double strength = 1.0;
            for (Hit h : chosen) {
                negated |= h.negated();
                kind = h.kind().ordinal() > kind.ordinal() ? h.kind() : kind;
                strength = Math.min(strength, h.strength());
            }
            if (!assertsAny()) {
                return;
            }
            if (pattern.negative() && !negated
                    && Denials.negatedVerbAfter(answer.text().tokens(), last) < 0) {
                return;
            }
            // "does not remove the reward model" does not say there is no reward model
            if (pattern.negative() && negated && Denials.standard().negatesARemoval(answer.text().tokens(), first)) {
                return;
            }
            boolean reportNegated = negated && !pattern.negative();
            PatternMatch candidate = new PatternMatch(pattern, List.of(chosen), first, last, kind, strength,
                    reportNegated);
            if (best == null || better(candidate, best)) {
                best = candidate;
            }
        }

        /**
         * A claim only reported, rejected, supposed or aimed at the grader is not the candidate's: at least one word
         * must be asserted. "If you raise the temperature, output grows random" still counts, as its words span the
         * condition and the statement.
         */
        private boolean assertsAny() {
            List<Token> tokens = answer.text().tokens();
            for (Hit h : chosen) {
                for (int i = h.first(); i <= h.last(); i++) {
                    if (tokens.get(i).asserted()) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean better(PatternMatch a, PatternMatch b) {
            if (a.negated() != b.negated()) {
                return !a.negated();
            }
            if (a.strength() != b.strength()) {
                return a.strength() > b.strength();
            }
            int spanA = a.last() - a.first();
            int spanB = b.last() - b.first();
            if (spanA != spanB) {
                return spanA < spanB;
            }
            return a.first() < b.first();
        }
    }
}
