package org.assay.engine.examples;

import java.util.Set;

import org.assay.engine.semantic.Vectors;

/** How alike two answers to one question are, 0..1, by meaning, by words and by the criteria each met or missed. */
final class Similarity {

    private Similarity() {
    }

    static double of(AnswerFeatures a, AnswerFeatures b, ExampleSettings settings) {
        double weights = 0;
        double sum = 0;
        if (a.vector() != null && b.vector() != null && a.vector().length == b.vector().length) {
            sum += settings.meaningWeight() * Math.max(0, Vectors.cosine(a.vector(), b.vector()));
            weights += settings.meaningWeight();
        }
        sum += settings.wordWeight() * jaccard(a.lemmas(), b.lemmas());
        weights += settings.wordWeight();
        if (a.criteria().length == b.criteria().length && a.criteria().length > 0) {
            double difference = 0;
            for (int i = 0; i < a.criteria().length; i++) {
                difference += Math.abs(a.criteria()[i] - b.criteria()[i]);
            }
            sum += settings.criteriaWeight() * (1 - difference / a.criteria().length);
            weights += settings.criteriaWeight();
        }
        double similarity = weights > 0 ? sum / weights : 0;
        return a.misconceptions().equals(b.misconceptions()) ? similarity
                : similarity * settings.misconceptionFactor();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String s : a) {
            shared += b.contains(s) ? 1 : 0;
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
