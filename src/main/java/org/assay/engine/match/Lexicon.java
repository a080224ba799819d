package org.assay.engine.match;

import java.util.Set;

/** A dictionary: synonyms by part of speech and whether a word exists. Implementations are thread-safe. */
public interface Lexicon {

    /** A lexicon that knows no words. */
    Lexicon NONE = new Lexicon() {
        @Override
        public Set<String> synonyms(String lemma, String tag) {
            return Set.of();
        }

        @Override
        public boolean isWord(String lower) {
            return false;
        }
    };

    /**
     * Single-word synonyms of a lemma used as the given part of speech.
     *
     * @param lemma lower-case lemma
     * @param tag Universal Dependencies tag (NOUN, VERB, ADJ, ADV; others have no synonyms)
     * @return synonyms in lower case, without the lemma itself; never null
     */
    Set<String> synonyms(String lemma, String tag);

    /** True when the lower-case word, or its base form, is a dictionary word. */
    boolean isWord(String lower);
}
