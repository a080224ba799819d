package org.assay.engine.score;

import java.util.List;

/**
 * What the matchers found for one criterion, before flags and caps.
 *
 * @param result the criterion's result as reported
 * @param source which channel decided the points
 * @param strength 0..1, the share of the criterion's points earned
 * @param negatedOnly true when the criterion's words were found only under a negation
 * @param nearMiss true when the best similarity fell just short of earning semantic credit
 */
record CriterionOutcome(CriterionResult result, Source source, double strength, boolean negatedOnly, boolean nearMiss) {

    /** The channel that decided a criterion's points; NAMING is an expression that only names the concept. */
    enum Source {
        EXPRESSION, NAMING, KEYWORDS, SEMANTIC, NONE
    }

    boolean lexical() {
        return source == Source.EXPRESSION || source == Source.NAMING || source == Source.KEYWORDS;
    }

    List<Evidence> negatedEvidence() {
        return result.evidence().stream().filter(Evidence::negated).toList();
    }
}
