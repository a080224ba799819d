package org.assay.engine.text;

import java.util.List;

import org.assay.engine.text.StanceRules.Kind;
import org.assay.engine.text.StanceRules.Rule;

/**
 * What an analysed text denies about a phrase in it, by interpreting the denial rules of {@code stance-rules.yaml}
 * (see {@link StanceRules}): whether a negated verb follows the phrase, whether the sentence denies that the subject
 * the phrase begins is of use ("retrieval or web search cannot help", "has no effect"), and whether a negation falls
 * on a verb of removal before a word ("does not remove the reward model"). Negation cues and scopes come from
 * {@link NegationDetector}. Stateless and thread-safe.
 */
public final class Denials {

    private static final Denials STANDARD = new Denials(StanceRules.standard());
    /** Adverbs looked past between a phrase and its negated verb ("windows really aren't"). */
    private static final int ADVERBS = 2;

    private final List<Rule> denials;
    private final List<Rule> useDenials;
    private final List<Rule> subjects;
    private final List<Rule> removals;

    public Denials(StanceRules table) {
        this.denials = table.rules(Kind.DENIAL);
        this.useDenials = table.rules(Kind.USE_DENIAL);
        this.subjects = table.rules(Kind.SUBJECT);
        this.removals = table.rules(Kind.REMOVAL);
    }

    /** The denials of the rules shipped with the engine. */
    public static Denials standard() {
        return STANDARD;
    }

    /**
     * Where a negated verb right after a phrase starts its scope: "the base case [is not] included" denies what it
     * says about "the base case". Adverbs may stand between ("windows really aren't").
     *
     * @param tokens the analysed text's tokens
     * @param last index of the phrase's last token
     * @return index of the first token after the negation, or -1 when no negated verb follows the phrase
     */
    public static int negatedVerbAfter(List<Token> tokens, int last) {
        int k = last + 1;
        while (k < tokens.size() && k <= last + ADVERBS && "ADV".equals(tokens.get(k).tag())) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).sentence() != tokens.get(last).sentence()) {
            return -1;
        }
        // The tagger sometimes takes "don't" for punctuation; a contracted cue is a negated verb all the same.
        int scope = -1;
        if (tokens.get(k).lower().endsWith("n't") && tokens.get(k).negationCue()) {
            scope = k + 1;
        } else if (!"AUX".equals(tokens.get(k).tag())) {
            return -1;
        } else if (tokens.get(k).negationCue()) {
            scope = k + 1;
        } else if (k + 1 < tokens.size() && tokens.get(k + 1).negationCue()) {
            scope = k + 2;
        }
        // "... and the bulb is not" ends the text: the negation has nothing in its scope
        return scope < tokens.size() ? scope : -1;
    }

    /**
     * Where a denial of the subject a phrase begins starts: a negated verb or a denial rule ("has nothing to do
     * with", "has no effect", "is useless"), past the rest of the subject as the subject rules allow it ("retrieval or
     * web search can't", "re-ranking chunks or moving them to the start doesn't").
     *
     * @param tokens the analysed text's tokens
     * @param last index of the phrase's last token
     * @return index of the first token of the denial after the negation, or -1
     */
    public int denialAfterSubject(List<Token> tokens, int last) {
        TokenPattern.Words w = TokenPattern.Words.of(tokens);
        int scope = denialAfter(tokens, w, last);
        int reach = subjects.stream().mapToInt(Rule::reach).max().orElse(0);
        for (int k = last + 1; scope < 0 && k < tokens.size() && k <= last + reach; k++) {
            scope = denialAfter(tokens, w, k);
            if (!continuesSubject(w, k, scope >= 0)) {
                return -1;
            }
        }
        return scope;
    }

    private boolean continuesSubject(TokenPattern.Words w, int k, boolean beforeDenial) {
        for (Rule rule : subjects) {
            if (rule.cueAt(w, k) > 0 || beforeDenial && rule.matches("last", w, k)) {
                return true;
            }
        }
        return false;
    }

    private int denialAfter(List<Token> tokens, TokenPattern.Words w, int last) {
        int scope = negatedVerbAfter(tokens, last);
        if (scope >= 0 || last + 2 >= tokens.size()) {
            return scope;
        }
        for (Rule rule : denials) {
            if (rule.cueAt(w, last + 2) > 0) {
                return last + 2;
            }
        }
        return -1;
    }

    /**
     * True when the denial starting at {@code scope} says its subject is of no use: a use-denial rule's pattern
     * matches at its start, its "first" pattern at its start when negated, or its "within" pattern on any negated
     * word of it.
     */
    public boolean deniesUse(List<Token> tokens, int scope) {
        if (scope < 0 || scope >= tokens.size()) {
            return false;
        }
        TokenPattern.Words w = TokenPattern.Words.of(tokens);
        for (Rule rule : useDenials) {
            if (rule.cueAt(w, scope) > 0) {
                return true;
            }
            for (int j = scope; j < tokens.size() && tokens.get(j).negated(); j++) {
                if (j == scope && rule.matches("first", w, j) || rule.matches("within", w, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the negation over the token at {@code first} falls on a verb of removal or limit before it: "does not
     * remove the reward model" keeps the reward model, so a negated expression ("no reward model") must not match it.
     * The cue stands at most "reach" tokens before the verb.
     */
    public boolean negatesARemoval(List<Token> tokens, int first) {
        TokenPattern.Words w = TokenPattern.Words.of(tokens);
        int sentence = tokens.get(first).sentence();
        for (int k = first - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
            for (Rule rule : removals) {
                if (rule.cueAt(w, k) > 0) {
                    for (int j = k - 1; j >= 0 && j >= k - rule.reach(); j--) {
                        if (tokens.get(j).negationCue()) {
                            return true;
                        }
                    }
                    return false;
                }
            }
            if (tokens.get(k).negationCue()) {
                return false;
            }
        }
        return false;
    }
}
