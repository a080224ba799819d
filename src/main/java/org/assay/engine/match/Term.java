package org.assay.engine.match;

import java.util.Set;

/**
 * A rubric word ready for matching.
 *
 * @param lower the word in lower case
 * @param lemma its lemma
 * @param tag its part of speech in the rubric phrase
 * @param synonyms WordNet synonyms of the same part of speech (empty when WordNet is off)
 * @param spell true when misspellings of the word count
 */
public record Term(String lower, String lemma, String tag, Set<String> synonyms, boolean spell) {

    public Term {
        synonyms = Set.copyOf(synonyms);
    }
}
