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

    /**
     * How often a lemma is used in ordinary English, as the dictionary counts it: a general word ("use", "make")
     * scores high, a technical one ("softmax", "token") low.
     *
     * @param lemma lower-case lemma
     * @return a count, 0 when unknown; a lexicon without counts returns 0 for every word
     */
    default int frequency(String lemma) {
        return 0;
    }
}
