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
 * @param about id of the entity the claim is wrong about, or "" when it is about none in particular
 */
public record Misconception(
        String id,
        String label,
        double penalty,
        List<String> expressions,
        List<String> exemplars,
        String about) {

    public Misconception {
        expressions = List.copyOf(expressions);
        exemplars = List.copyOf(exemplars);
        about = about == null ? "" : about;
    }

    /** A misconception about no entity in particular. */
    public Misconception(String id, String label, double penalty, List<String> expressions, List<String> exemplars) {
        this(id, label, penalty, expressions, exemplars, "");
    }
}
