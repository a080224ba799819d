package org.assay.engine.score;

import java.util.List;

/**
 * An entity of the rubric with each of its names analysed into words, for finding where an answer names it.
 *
 * @param id the entity's id
 * @param names each name as its words in lower case, with their lemmas; hyphens and punctuation left out
 */
public record CompiledEntity(String id, List<List<Word>> names) {

    public CompiledEntity {
        names = names.stream().map(List::copyOf).toList();
    }

    /** One word of a name: an answer token matches it by its lower-case form or its lemma. */
    public record Word(String lower, String lemma) {
    }
}
