package org.assay.engine.match;

import java.util.List;

/**
 * Consecutive words that fill one slot of a pattern.
 *
 * @param words the words in order
 * @param synonym true when the phrase comes from the rubric's synonyms rather than the expression itself
 */
public record Phrase(List<Term> words, boolean synonym) {

    public Phrase {
        words = List.copyOf(words);
    }
}
