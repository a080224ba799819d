package org.assay.engine.semantic;

import java.util.Set;

/**
 * A rubric sentence embedded for comparison with answers.
 *
 * @param text the sentence as the rubric wrote it
 * @param vector its unit-length embedding
 * @param negative true when the sentence itself is negated
 * @param lemmas its content lemmas, to check that an answer sentence does not negate the same words
 */
public record Exemplar(String text, float[] vector, boolean negative, Set<String> lemmas) {

    public Exemplar {
        lemmas = Set.copyOf(lemmas);
    }
}
