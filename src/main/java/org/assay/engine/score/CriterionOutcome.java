package org.assay.engine.score;

import java.util.List;
import java.util.Optional;

/**
 * What the matchers found for one criterion, before flags and caps.
 *
 * @param result the criterion's result as reported
 * @param source which channel decided the points
 * @param strength 0..1, the share of the criterion's points earned
 * @param negatedOnly true when the criterion's words were found only under a negation
 * @param nearMiss true when the best similarity fell just short of earning semantic credit
 * @param swap where the answer says the criterion's claim of another entity than the one it is bound to, when it
 *     says it of no other place; empty otherwise
 * @param lexical 0..1, what the criterion's expressions, naming phrases or keywords alone would earn
 * @param similarity 0..1, what similarity alone would earn; NaN when it was not measured (the semantic channel is
 *     off, or an expression was found in full)
 */
record CriterionOutcome(CriterionResult result, Source source, double strength, boolean negatedOnly, boolean nearMiss,
        Optional<Swap> swap, double lexical, double similarity) {

    /**
     * A bound criterion's claim said of the wrong entity.
     *
     * @param evidence where the answer says it
     * @param saidOf the id of the entity it was said of
     */
    record Swap(Evidence evidence, String saidOf) {
    }

    /** The channel that decided a criterion's points; NAMING is an expression that only names the concept. */
    enum Source {
        EXPRESSION, NAMING, KEYWORDS, SEMANTIC, NONE
    }

    boolean lexicalSource() {
        return source == Source.EXPRESSION || source == Source.NAMING || source == Source.KEYWORDS;
    }

    List<Evidence> negatedEvidence() {
        return result.evidence().stream().filter(Evidence::negated).toList();
    }
}
