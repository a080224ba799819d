package org.assay.engine.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How likely a grade is to be far from a grader's, and what that estimate rests on.
 *
 * @param chance 0..1, the {@link ReviewModel}'s chance that a grader's score lies 30% of the maximum or more away
 * @param signals the signals the chance was computed from ({@link ReviewSignals}), by name
 */
public record ReviewEstimate(double chance, Map<String, Double> signals) {

    public ReviewEstimate {
        // in the order the model file lists them
        signals = signals == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    }
}
