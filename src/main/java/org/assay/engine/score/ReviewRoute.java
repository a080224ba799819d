package org.assay.engine.score;

import static org.assay.engine.score.ReportAssembler.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes a grade to a person when it is likely 30% of the maximum or more away from a grader's.
 *
 * <p>On the development sets (docs/benchmarks.md, "Routing to a person") nearly every grade that far off lies between
 * {@link #LOW_SHARE} and {@link #HIGH_SHARE} of the maximum: there the score comes from partial evidence (some
 * criteria, keywords, naming, similarity, a misconception missed or a paraphrase half recognised) and graders read
 * the same answer very differently. Near 0 or the maximum the evidence is clear-cut, and a grade could only be that
 * far off in one direction. The other signals that were tried (confidence, long answers that earned little,
 * negations) marked more well-graded answers than wrong ones, so the band alone decides; the message names the weak
 * evidence behind the score.
 */
final class ReviewRoute {

    /** Share of the maximum from which a score is routed: below it, being 30% off means a grader gave far more. */
    static final double LOW_SHARE = 0.3;
    /** Share of the maximum up to which a score is routed: above it the criteria were met plainly. */
    static final double HIGH_SHARE = 0.85;

    private ReviewRoute() {
    }

    static Optional<Flag> of(double score, double max, List<CriterionOutcome> outcomes, double confidence,
            double lowConfidence) {
        if (max <= 0 || score < LOW_SHARE * max - 1e-9 || score > HIGH_SHARE * max + 1e-9) {
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
        String message = "A person should check this grade: " + format(score) + " of " + format(max)
                + " lies in the middle of the scale, where graders and the engine most often differ by 30% or more"
                + (why.isEmpty() ? "." : "; " + String.join("; ", why) + ".");
        return Optional.of(new Flag(FlagCode.NEEDS_REVIEW, message));
    }
}
