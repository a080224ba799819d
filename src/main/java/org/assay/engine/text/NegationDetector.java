package org.assay.engine.text;

import java.util.List;
import java.util.Set;

/**
 * Finds negation cues in a sentence and the tokens they govern. A cue ("not", "no", "never", "without", "isn't",
 * "rather than", "instead of", "neither ... nor", "it is false that", and verbs that deny their object such as
 * "avoids" ...) negates the tokens after it up to the end of its clause: the next punctuation mark (but not a comma
 * inside a list the negation begins, as in "not simpler, cheaper or more stable"), a contrastive conjunction ("but",
 * "while", "although" ...), or "and"/"or" starting a new predicate with an auxiliary or a subject pronoun ("and is
 * trained", "and it learns"); coordinated verbs share the negation ("never need to chunk or summarise"). "The claim
 * that X is false" negates X backwards, and so does a negation with nothing after it ("but attention doesn't"). "Not
 * only" and "not just" are not negations, nor is a negation inside a condition ("if no constructor is given"), which
 * names a case rather than denying it. The cues and word sets are data in {@code stance-rules.yaml} (see
 * {@link StanceRules}); this class interprets them. Stateless and thread-safe.
 */
public final class NegationDetector {

    private static final StanceRules RULES = StanceRules.standard();
    private static final List<StanceRules.Rule> CUES = RULES.rules(StanceRules.Kind.NEGATION);
    private static final int ELIDED_SUBJECT_WORDS = 4;
    /** Most words of a subject looked past after the phrase that begins it. */
    private static final int SUBJECT_REST = 14;
    private static final int LIST_ITEM_WORDS = 3;
    private static final Set<String> CONDITIONS = RULES.set("condition-words");
    private static final Set<String> SUBJECT_PRONOUNS = RULES.set("subject-pronouns");
    private static final Set<String> USE_VERBS = RULES.set("use-verbs");
    private static final Set<String> COORDINATORS = RULES.set("subject-joiners");
    private static final Set<String> NOMINAL_TAGS = uppercase(RULES.set("subject-tags"));
    private static final Set<String> NOT_OF_USE = RULES.set("not-of-use");
    private static final Set<String> NO_USE_NOUNS = RULES.set("no-use-nouns");
    private static final Set<String> NO_USE_ADJECTIVES = RULES.set("no-use-adjectives");
    private static final Set<String> PRIVATIVE_VERBS = RULES.set("privative-verbs");
    private static final Set<String> REMOVING_VERBS = RULES.set("removing-verbs");
    private static final Set<String> FALSITY = RULES.set("falsity");
    private static final Set<String> CLAIM_ANCHORS = RULES.set("claim-anchors");
    private static final Set<String> LIST_TAGS = uppercase(RULES.set("list-tags"));
    private static final Set<String> LIST_JOINERS = RULES.set("list-joiners");
    private static final Set<String> BOUNDARY_PUNCT = RULES.set("boundary-punctuation");
    private static final Set<String> BOUNDARY_WORDS = RULES.set("boundary-words");

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
        int i = 0;
        while (i < lower.length) {
            int cueLength = forwardCue(lower, lemma, tag, i);
            if (cueLength > 0) {
                for (int k = i; k < i + cueLength; k++) {
                    cue[k] = true;
                }
                int k = i + cueLength;
                if (inCondition(lower, tag, i)) {
                    i = k;
                    continue;
                }
                while (k < lower.length && !endsScope(lower, tag, k)) {
                    negated[k++] = true;
                }
                if (k == i + cueLength) {
                    markElidedSubject(lower, tag, i, negated);
                }
                i += cueLength;
                continue;
            }
            if (FALSITY.contains(lemma[i])) {
                markBackward(lower, lemma, tag, i, cue, negated);
            }
            i++;
        }
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
        while (k < tokens.size() && k <= last + 2 && "ADV".equals(tokens.get(k).tag())) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).sentence() != tokens.get(last).sentence()) {
            return -1;
        }
        // The tagger sometimes takes "don't" for punctuation; the contraction is a negated verb all the same.
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
     * Where a denial of the subject a phrase begins starts: a negated verb, "has nothing to do with", "has no effect"
     * or "is useless", past the rest of the subject, a compound ("tool use don't") or a list ("retrieval or web search
     * can't", "re-ranking chunks or moving them to the start doesn't").
     *
     * @param tokens the analysed text's tokens
     * @param last index of the phrase's last token
     * @return index of the first token after the negation (of "nothing", "no" or the adjective for the other forms),
     *     or -1
     */
    public static int denialAfterSubject(List<Token> tokens, int last) {
        int scope = denialAfter(tokens, last);
        for (int k = last + 1; scope < 0 && k < tokens.size() && k <= last + SUBJECT_REST; k++) {
            Token t = tokens.get(k);
            scope = denialAfter(tokens, k);
            // A noun the tagger took for a verb ("use" in "tool use") belongs to the subject right before the
            // negation or inside a compound ("web search tools").
            boolean mistagged = "VERB".equals(t.tag()) && NOMINAL_TAGS.contains(tokens.get(k - 1).tag())
                    && (scope >= 0 || k + 1 < tokens.size() && "NOUN".equals(tokens.get(k + 1).tag()));
            // A subject may be a list of actions: "re-ranking chunks or moving the content to the start", "re-ranking
            // chunks to put them at the start".
            boolean action = "VERB".equals(t.tag()) && (t.lower().endsWith("ing")
                    || "to".equals(tokens.get(k - 1).lower())) || "ADP".equals(t.tag()) || "-".equals(t.text())
                    || "to".equals(t.lower());
            if (!NOMINAL_TAGS.contains(t.tag()) && !COORDINATORS.contains(t.lower()) && !mistagged && !action) {
                return -1;
            }
        }
        return scope;
    }

    /**
     * True when the denial starting at {@code scope} says its subject is of no use: "has nothing to do with", "has no
     * effect", "is useless", or a negated verb of use ("cannot help", "doesn't work").
     */
    public static boolean deniesUse(List<Token> tokens, int scope) {
        if (scope < 0 || scope >= tokens.size()) {
            return false;
        }
        String first = tokens.get(scope).lower();
        if ("nothing".equals(first) || NO_USE_ADJECTIVES.contains(first) || "no".equals(first)) {
            return true;
        }
        for (int j = scope; j < tokens.size() && tokens.get(j).negated(); j++) {
            Token t = tokens.get(j);
            boolean verb = "VERB".equals(t.tag()) || j == scope;
            if (verb && USE_VERBS.contains(t.lemma()) || NOT_OF_USE.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static int denialAfter(List<Token> tokens, int last) {
        int scope = negatedVerbAfter(tokens, last);
        if (scope >= 0 || last + 2 >= tokens.size()) {
            return scope;
        }
        String verb = tokens.get(last + 1).lemma();
        String next = tokens.get(last + 2).lower();
        String after = last + 3 < tokens.size() ? tokens.get(last + 3).lemma() : "";
        if ("have".equals(verb) && "nothing".equals(next) && last + 4 < tokens.size() && "to".equals(after)
                && "do".equals(tokens.get(last + 4).lemma())) {
            return last + 2;
        }
        if (("have".equals(verb) || "make".equals(verb)) && "no".equals(next) && NO_USE_NOUNS.contains(after)
                || "be".equals(verb) && NO_USE_ADJECTIVES.contains(next)) {
            return last + 2;
        }
        return -1;
    }

    /**
     * True when the negation over the token at {@code first} falls on a verb of removal or limit before it: "does not
     * remove the reward model" keeps the reward model, so a negated expression ("no reward model") must not match it.
     */
    public static boolean negatesARemoval(List<Token> tokens, int first) {
        int sentence = tokens.get(first).sentence();
        for (int k = first - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
            Token t = tokens.get(k);
            boolean removal = PRIVATIVE_VERBS.contains(t.lemma()) || REMOVING_VERBS.contains(t.lemma());
            if (removal && ("VERB".equals(t.tag()) || "rid".equals(t.lower()))) {
                return k > 0 && tokens.get(k - 1).negationCue() || k > 1 && tokens.get(k - 2).negationCue();
            }
            if (t.negationCue()) {
                return false;
            }
        }
        return false;
    }

    /** Length of the forward cue starting at {@code i}, or 0: the first negation rule of the table that matches. */
    private static int forwardCue(String[] lower, String[] lemma, String[] tag, int i) {
        for (StanceRules.Rule rule : CUES) {
            int length = rule.cueAt(lower, lemma, tag, i);
            if (length > 0) {
                return length;
            }
        }
        return 0;
    }

    private static Set<String> uppercase(Set<String> tags) {
        return Set.copyOf(tags.stream().map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList());
    }

    /**
     * "When no constructor is provided": a negation inside a condition states the case, it does not deny the words, so
     * they keep their meaning for matching.
     */
    private static boolean inCondition(String[] lower, String[] tag, int cue) {
        for (int k = cue - 1; k >= 0; k--) {
            if (CONDITIONS.contains(lower[k])) {
                return true;
            }
            // "and" right before the cue ("when it crashes and doesn't restart") keeps the negation in the condition
            if (BOUNDARY_PUNCT.contains(lower[k]) || k < cue - 1 && endsScope(lower, tag, k)) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsScope(String[] lower, String[] tag, int k) {
        String w = lower[k];
        if (BOUNDARY_PUNCT.contains(w)) {
            return !isListComma(lower, tag, k);
        }
        if (BOUNDARY_WORDS.contains(w)) {
            return true;
        }
        boolean newPredicate = k + 1 < lower.length && ("AUX".equals(tag[k + 1])
                || SUBJECT_PRONOUNS.contains(lower[k + 1]));
        return ("and".equals(w) || "or".equals(w)) && newPredicate;
    }

    /**
     * "Not simpler, cheaper or more stable": a comma between two words of the same kind, with "or", "and" or "nor"
     * soon after, joins a list the negation covers.
     */
    private static boolean isListComma(String[] lower, String[] tag, int k) {
        if (!",".equals(lower[k]) || k == 0 || k + 1 >= lower.length || !tag[k - 1].equals(tag[k + 1])
                || !LIST_TAGS.contains(tag[k + 1])) {
            return false;
        }
        for (int j = k + 2; j < lower.length && j <= k + LIST_ITEM_WORDS + 1; j++) {
            if (LIST_JOINERS.contains(lower[j])) {
                return true;
            }
            if ("VERB".equals(tag[j]) || "AUX".equals(tag[j])
                    || !",".equals(lower[j]) && BOUNDARY_PUNCT.contains(lower[j])) {
                return false;
            }
        }
        return false;
    }

    /**
     * "..., but attention doesn't." A negation with nothing after it denies the earlier predicate of the noun phrase
     * before it, so that noun phrase is negated.
     */
    private static void markElidedSubject(String[] lower, String[] tag, int cue, boolean[] negated) {
        int k = cue - 1;
        if (k >= 0 && "AUX".equals(tag[k]) && !"AUX".equals(tag[cue])) {
            k--;
        }
        for (int words = 0; k >= 0 && words < ELIDED_SUBJECT_WORDS && isNominal(lower[k], tag[k]); words++, k--) {
            negated[k] = true;
        }
    }

    private static boolean isNominal(String lower, String tag) {
        return "NOUN".equals(tag) || "PROPN".equals(tag) || "ADJ".equals(tag) || "NUM".equals(tag)
                || "-".equals(lower);
    }

    /** "(the claim) that X is false": negates X, from the anchor to the verb before the falsity word. */
    private static void markBackward(String[] lower, String[] lemma, String[] tag, int i, boolean[] cue,
            boolean[] negated) {
        int be = i - 1;
        while (be >= 0 && be >= i - 3 && !"be".equals(lemma[be]) && !lemma[be].startsWith("be+")) {
            be--;
        }
        if (be < 0 || be < i - 3) {
            return;
        }
        for (int anchor = be - 1; anchor >= 0 && !BOUNDARY_PUNCT.contains(lower[anchor]); anchor--) {
            if (CLAIM_ANCHORS.contains(lower[anchor])) {
                for (int k = anchor + 1; k < be; k++) {
                    negated[k] = true;
                }
                cue[i] = true;
                return;
            }
        }
    }
}
