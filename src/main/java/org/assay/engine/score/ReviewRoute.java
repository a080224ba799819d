package org.assay.engine.score;

import static org.assay.engine.score.ReportAssembler.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes a grade to a person when it is likely 30% of the maximum or more away from a grader's.
 *
 * <p>The {@link ReviewModel}, fitted on graded data sets, weighs what the report shows: where the score lies on the
 * scale, how its points were earned (stated explanations, or keywords, a named term or similar wording), criteria
 * partly met or narrowly missed, the similarity and word channels disagreeing, misconceptions and flags. A grade
 * whose chance reaches the model's threshold is routed; the message names the weak evidence behind the score.
 */
final class ReviewRoute {

    private ReviewRoute() {
    }

    static ReviewEstimate estimate(ReviewModel model, Map<String, Double> signals) {
        return new ReviewEstimate(Scores.round(model.chance(signals)), signals);
    }

    static Optional<Flag> of(ReviewModel model, ReviewEstimate estimate, double score, double max,
            List<CriterionOutcome> outcomes, double confidence, double lowConfidence) {
        if (max <= 0 || model.chance(estimate.signals()) < model.threshold()) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        double partial = 0;
        double weak = 0;
        for (CriterionOutcome o : outcomes) {
            CriterionResult r = o.result();
            if (r.points() > 0 && r.points() < r.max()) {
                partial += r.max() - r.points();
            }
            if (r.points() > 0 && o.source() != CriterionOutcome.Source.EXPRESSION) {
                weak += r.points();
            }
        }
        if (weak > 0) {
            why.add(format(weak) + " of its points rest on keywords, a named term or similar wording rather than a"
                    + " stated explanation");
        }
        if (partial > 0) {
            why.add("some criteria are only partly met");
        }
        if (confidence < lowConfidence) {
            why.add("the evidence is weak (confidence " + format(confidence) + ")");
        }
        String message = "A person should check this grade: the chance that a grader's score for it differs by 30% of"
                + " the maximum or more is " + Math.round(estimate.chance() * 100) + "% (" + format(score) + " of "
                + format(max) + ")" + (why.isEmpty() ? "." : "; " + String.join("; ", why) + ".");
        return Optional.of(new Flag(FlagCode.NEEDS_REVIEW, message));
    }
}
