package org.assay.engine.rubric;

import java.util.List;

/**
 * One thing an answer must say to earn points.
 *
 * @param id stable id within the rubric
 * @param label what the criterion means, in a sentence an interviewer can read
 * @param points points earned when fully met
 * @param expressions phrases; any one matching fully meets the criterion
 * @param keywords single terms giving partial credit when no expression matches
 * @param minKeywords how many keywords must be found for that partial credit
 * @param exemplars sentences that meet the criterion, for the semantic channel
 */
public record Criterion(
        String id,
        String label,
        double points,
        List<String> expressions,
        List<String> keywords,
        int minKeywords,
        List<String> exemplars) {

    public Criterion {
        expressions = List.copyOf(expressions);
        keywords = List.copyOf(keywords);
        exemplars = List.copyOf(exemplars);
    }
}
