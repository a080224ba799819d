package org.assay.engine.rubric;

import java.util.List;

/**
 * A wrong claim that deducts points when an answer makes it.
 *
 * @param id stable id within the rubric
 * @param label the wrong claim in plain words
 * @param penalty points deducted when found
 * @param expressions phrases that state the claim
 * @param exemplars sentences stating the claim, for the semantic channel
 */
public record Misconception(
        String id,
        String label,
        double penalty,
        List<String> expressions,
        List<String> exemplars) {

    public Misconception {
        expressions = List.copyOf(expressions);
        exemplars = List.copyOf(exemplars);
    }
}
