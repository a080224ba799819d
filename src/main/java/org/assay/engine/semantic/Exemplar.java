package org.assay.engine.semantic;

import java.util.Set;

/**
 * A rubric sentence embedded for comparison with answers.
 *
 * @param text the sentence as the rubric wrote it
 * @param vector its unit-length embedding
 * @param lemmas content lemmas the sentence asserts (found outside any negation)
 * @param negatedLemmas content lemmas the sentence only denies ("rather than a whole word")
 * @param negative true when most of the sentence is negated
 * @param baseline similarity of the question itself to the sentence: an answer must come closer than merely
 *     restating the question
 */
public record Exemplar(
        String text, float[] vector, Set<String> lemmas, Set<String> negatedLemmas, boolean negative, double baseline) {

    public Exemplar {
        lemmas = Set.copyOf(lemmas);
        negatedLemmas = Set.copyOf(negatedLemmas);
    }
}
