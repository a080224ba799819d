package org.assay.engine.text;

import java.util.List;

import org.assay.engine.text.StanceRules.Kind;
import org.assay.engine.text.StanceRules.Rule;

/**
 * Marks negation cues in a sentence and the tokens they govern, by interpreting the negation rules of
 * {@code stance-rules.yaml} (see {@link StanceRules}): a cue negates the tokens after it up to the first token where a
 * scope-end rule matches; a void-negation rule before the cue in its clause ("if no constructor is given") makes it
 * negate nothing; a negation with nothing after it denies the noun phrase before it ("but attention doesn't"); a
 * backward rule negates the claim before it ("the claim that X is false"). Stateless and thread-safe.
 */
public final class NegationDetector {

    private final List<Rule> cues;
    private final List<Rule> scopeEnds;
    private final List<Rule> voids;
    private final List<Rule> elided;
    private final List<Rule> backward;

    /** A detector of the rules shipped with the engine. */
    public NegationDetector() {
        this(StanceRules.standard());
    }

    public NegationDetector(StanceRules table) {
        this.cues = table.rules(Kind.NEGATION);
        this.scopeEnds = table.rules(Kind.SCOPE_END);
        this.voids = table.rules(Kind.VOID_NEGATION);
        this.elided = table.rules(Kind.NEGATION_ELIDED);
        this.backward = table.rules(Kind.NEGATION_BACKWARD);
    }

    /**
     * Marks cues and negated tokens of one sentence.
     *
     * @param lower the tokens in lower case
     * @param lemma their lemmas
     * @param tag their part-of-speech tags
     * @param cue set to true for every token of a cue
     * @param negated set to true for every token in a cue's scope
     */
    public void mark(String[] lower, String[] lemma, String[] tag, boolean[] cue, boolean[] negated) {
        TokenPattern.Words w = TokenPattern.Words.of(lower, lemma, tag);
        int i = 0;
        while (i < w.size()) {
            int cueLength = firstCue(cues, w, i);
            if (cueLength > 0) {
                for (int k = i; k < i + cueLength; k++) {
                    cue[k] = true;
                }
                int k = i + cueLength;
                if (voided(w, i)) {
                    i = k;
                    continue;
                }
                while (k < w.size() && !endsScope(w, k)) {
                    negated[k++] = true;
                }
                if (k == i + cueLength) {
                    markElidedSubject(w, i, negated);
                }
                i += cueLength;
                continue;
            }
            for (Rule rule : backward) {
                if (rule.cueAt(w, i) > 0 && markBackward(rule, w, i, cue, negated)) {
                    break;
                }
            }
            i++;
        }
    }

    /** Length of the first cue of the rules that matches at {@code i}, or 0. */
    private static int firstCue(List<Rule> rules, TokenPattern.Words w, int i) {
        for (Rule rule : rules) {
            int length = rule.cueAt(w, i);
            if (length > 0) {
                return length;
            }
        }
        return 0;
    }

    private boolean endsScope(TokenPattern.Words w, int k) {
        return firstCue(scopeEnds, w, k) > 0;
    }

    /**
     * True when a void-negation rule matches before the cue in its clause. The look-back stops where a rule's
     * "stops" pattern matches, or at a scope end not right before the cue: "when it crashes and doesn't restart"
     * keeps the negation in the condition.
     */
    private boolean voided(TokenPattern.Words w, int cue) {
        for (int k = cue - 1; k >= 0; k--) {
            if (firstCue(voids, w, k) > 0) {
                return true;
            }
            for (Rule rule : voids) {
                if (rule.matches("stops", w, k)) {
                    return false;
                }
            }
            if (k < cue - 1 && endsScope(w, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "..., but attention doesn't." A negation with nothing after it denies the earlier predicate of the noun phrase
     * before it: up to "reach" words matching the rule's patterns, past one word matching "skip" unless the cue
     * matches it too.
     */
    private void markElidedSubject(TokenPattern.Words w, int cue, boolean[] negated) {
        for (Rule rule : elided) {
            int k = cue - 1;
            if (k >= 0 && rule.matches("skip", w, k) && !rule.matches("skip", w, cue)) {
                k--;
            }
            for (int words = 0; k >= 0 && words < rule.reach() && rule.cueAt(w, k) > 0; words++, k--) {
                negated[k] = true;
            }
        }
    }

    /**
     * "(The claim) that X is false": negates X, from the anchor to the verb before the cue. The verb stands at most
     * "reach" tokens before the cue; the anchor is looked for before the verb up to a token matching "stops".
     *
     * @return true when the rule applied
     */
    private static boolean markBackward(Rule rule, TokenPattern.Words w, int i, boolean[] cue, boolean[] negated) {
        int verb = i - 1;
        while (verb >= 0 && verb >= i - rule.reach() && !rule.matches("verb", w, verb)) {
            verb--;
        }
        if (verb < 0 || verb < i - rule.reach()) {
            return false;
        }
        for (int anchor = verb - 1; anchor >= 0 && !rule.matches("stops", w, anchor); anchor--) {
            if (rule.matches("anchor", w, anchor)) {
                for (int k = anchor + 1; k < verb; k++) {
                    negated[k] = true;
                }
                cue[i] = true;
                return true;
            }
        }
        return false;
    }
}
