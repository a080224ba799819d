package org.assay.engine.match;

import java.util.List;

/**
 * A rubric expression that matches too easily, found by {@link LooseExpressions}.
 *
 * @param expression the expression as the rubric wrote it
 * @param reason why it is loose
 * @param words the lemmas of its content words, all of them common; empty when it has only stop words
 */
public record LooseExpression(String expression, Reason reason, List<String> words) {

    /** Why an expression is loose. */
    public enum Reason {
        /** Every word is a stop word or a common English word: many answers say this in passing. */
        GENERIC_PHRASE,
        /** One common word carries it: any sentence with that word in any form matches. */
        COMMON_WORD
    }

    public LooseExpression {
        words = List.copyOf(words);
    }

    /** Why the expression is loose, in a phrase an author can act on. */
    public String explanation() {
        if (reason == Reason.COMMON_WORD) {
            return "it rests on one common word, so any sentence with \"" + words.get(0) + "\" in any form matches";
        }
        return words.isEmpty() ? "it has only stop words"
                : "every word is a stop word or a common word (" + String.join(", ", words)
                        + "), so many answers say it in passing";
    }
}
