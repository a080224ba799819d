package org.assay.review;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.assay.grading.ScoreBreakdown;

/**
 * How an answer's score adds up, as the JSON exports and API write it: criteriaPoints − penalties, kept within 0 and
 * max, is base; base + adjustment is score.
 *
 * @param adjustmentBy "reviewer" or "engine": who added the adjustment
 * @param score absent while the answer has no score
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BreakdownJson(List<CriterionJson> criteria, List<MisconceptionJson> misconceptions,
        double criteriaPoints, double penalties, double base, double adjustment, String adjustmentBy, Double score,
        double max) {

    /**
     * @param status met, partial or missing
     * @param changed a reviewer set the points differently from the engine
     */
    public record CriterionJson(String id, String label, double points, double max, String status,
            double enginePoints, boolean changed) {
    }

    /** @param found the engine found it; @param changed a reviewer decided differently */
    public record MisconceptionJson(String id, String label, double penalty, boolean applies, boolean found,
            boolean changed) {
    }

    public static BreakdownJson of(ScoreBreakdown b) {
        return new BreakdownJson(b.criteria().stream().map(c -> new CriterionJson(c.id(), c.label(), c.points(),
                c.max(), c.status().name().toLowerCase(Locale.ROOT), c.enginePoints(), c.changed())).toList(),
                b.misconceptions().stream().map(m -> new MisconceptionJson(m.id(), m.label(), m.penalty(),
                        m.applies(), m.found(), m.changed())).toList(),
                b.criteriaPoints(), b.penalties(), b.base(), b.adjustment(), b.byReviewer() ? "reviewer" : "engine",
                b.score(), b.max());
    }
}
