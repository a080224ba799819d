package org.assay.engine.rubric;

import java.util.List;

/**
 * One thing an answer must say to earn points. Its expressions explain it and earn all its points; its naming
 * expressions only name what it is about and earn a share of them (the scoring policy's naming share).
 *
 * @param id stable id within the rubric
 * @param label what the criterion means, in a sentence an interviewer can read
 * @param points points earned when fully met
 * @param expressions phrases; any one matching fully meets the criterion
 * @param keywords single terms giving partial credit when no expression matches
 * @param minKeywords how many keywords must be found for that partial credit
 * @param exemplars sentences that meet the criterion, for the semantic channel
 * @param about id of the entity the criterion's claim must be said of, or "" when it is about none in particular
 * @param naming phrases that only name the concept, without explaining it
 */
public record Criterion(
        String id,
        String label,
        double points,
        List<String> expressions,
        List<String> keywords,
        int minKeywords,
        List<String> exemplars,
        String about,
        List<String> naming) {

    public Criterion {
        expressions = List.copyOf(expressions);
        keywords = List.copyOf(keywords);
        exemplars = List.copyOf(exemplars);
        about = about == null ? "" : about;
        naming = List.copyOf(naming);
    }

    /** A criterion about no entity in particular, without naming phrases. */
    public Criterion(String id, String label, double points, List<String> expressions, List<String> keywords,
            int minKeywords, List<String> exemplars) {
        this(id, label, points, expressions, keywords, minKeywords, exemplars, "", List.of());
    }

    /** A criterion without naming phrases. */
    public Criterion(String id, String label, double points, List<String> expressions, List<String> keywords,
            int minKeywords, List<String> exemplars, String about) {
        this(id, label, points, expressions, keywords, minKeywords, exemplars, about, List.of());
    }

    /** A criterion about no entity in particular. */
    public Criterion(String id, String label, double points, List<String> expressions, List<String> keywords,
            int minKeywords, List<String> exemplars, List<String> naming) {
        this(id, label, points, expressions, keywords, minKeywords, exemplars, "", naming);
    }
}
