package org.assay.engine.score;

import java.util.List;

/**
 * A misconception found in the answer.
 *
 * @param id misconception id
 * @param label the wrong claim
 * @param penalty points deducted
 * @param evidence where the answer makes the claim
 */
public record MisconceptionResult(String id, String label, double penalty, List<Evidence> evidence) {

    public MisconceptionResult {
        evidence = List.copyOf(evidence);
    }
}
