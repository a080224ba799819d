package org.assay.engine.score;

import java.util.List;

/**
 * How one criterion fared.
 *
 * @param id criterion id
 * @param label criterion label
 * @param points points awarded
 * @param max points available
 * @param status met, partly met or missing
 * @param evidence spans that earned the points, plus negated spans that did not
 */
public record CriterionResult(
        String id, String label, double points, double max, CriterionStatus status, List<Evidence> evidence) {

    public CriterionResult {
        evidence = List.copyOf(evidence);
    }
}
