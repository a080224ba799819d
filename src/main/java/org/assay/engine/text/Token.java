package org.assay.engine.text;

/**
 * One token of an analysed text.
 *
 * @param index position in the text's token list
 * @param text the token as it appears in the normalised text
 * @param lower the token in lower case
 * @param lemma the dictionary form in lower case
 * @param tag the Universal Dependencies part of speech (for a contraction such as "isn't", the first part: AUX)
 * @param start offset of the first character in the original text
 * @param end offset after the last character in the original text
 * @param sentence index of the sentence the token belongs to
 * @param clause index of the clause within the whole text; contrastive conjunctions and semicolons start new clauses
 * @param stopWord true for function words that carry no content
 * @param negationCue true when the token is, or is part of, a negation such as "not", "isn't" or "rather than"
 * @param negated true when the token lies inside a negation's scope
 * @param stance whose claim the token belongs to: the candidate's, or a view reported, rejected, supposed or aimed at
 *     the grader
 */
public record Token(
        int index,
        String text,
        String lower,
        String lemma,
        String tag,
        int start,
        int end,
        int sentence,
        int clause,
        boolean stopWord,
        boolean negationCue,
        boolean negated,
        Stance stance) {

    /** True when the token holds a letter or a digit. */
    public boolean isWord() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True for words that carry meaning: not stop words, not negation cues, not punctuation. */
    public boolean isContent() {
        return !stopWord && !negationCue && isWord();
    }

    /** True when the candidate states the token's claim as their own. */
    public boolean asserted() {
        return stance == Stance.ASSERTED;
    }

    /** The same token with another stance. */
    public Token withStance(Stance other) {
        return new Token(index, text, lower, lemma, tag, start, end, sentence, clause, stopWord, negationCue, negated,
                other);
    }

    /** True for verbs and auxiliaries, the mark of a clause. */
    public boolean isVerb() {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }
}
