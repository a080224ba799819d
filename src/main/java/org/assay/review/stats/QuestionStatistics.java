package org.assay.review.stats;

import java.util.ArrayList;
import java.util.List;

import org.assay.web.Numbers;

/**
 * How one question performed across the submitted attempts of an assessment or a bank.
 *
 * @param attempts submitted attempts whose answer to the question has a score
 * @param facility the mean final score as a share of the maximum, 0 to 1; NaN with no attempts
 * @param discrimination Pearson's r between the question's final score and the rest of the attempt's final total;
 *        NaN with fewer than {@value #MIN_ATTEMPTS} attempts or when either does not vary
 * @param histogram how many final scores fall in each tenth of the maximum, lowest first (the last holds full marks)
 * @param criteria how often each criterion is met
 * @param flags how often each flag fires, among graded answers
 * @param overridden answers a reviewer changed
 * @param meanChange the mean of final minus automatic score over the changed answers that the engine graded; NaN
 *        with none
 * @param engineAgreement quadratic weighted kappa between the engine's and the final scores, on half points; NaN
 *        with no graded answers
 * @param rubricLink the question's rubric, for fixing what the figures show
 */
public record QuestionStatistics(int position, String qid, String title, double max, int attempts, double facility,
        double discrimination, int[] histogram, List<Rate> criteria, List<Rate> flags, int graded, int overridden,
        double meanChange, double engineAgreement, String rubricLink) {

    /** Fewest attempts discrimination is reported for. */
    public static final int MIN_ATTEMPTS = 5;
    /** Below this discrimination a question hardly separates strong candidates from weak ones. */
    public static final double LOW_DISCRIMINATION = 0.2;
    /** At or above this share of answers changed by reviewers, the rubric and the people disagree too often. */
    public static final double HEAVY_OVERRIDING = 0.25;

    /**
     * How often something happened.
     *
     * @param key a criterion id or a flag code
     * @param label its plain-language text
     */
    public record Rate(String key, String label, int count, int of) {

        public double share() {
            return of == 0 ? Double.NaN : (double) count / of;
        }

        public String percent() {
            return of == 0 ? "n/a" : Numbers.percent(share());
        }
    }

    /** One bar of the histogram as drawn, in the SVG's coordinates (width 200, height 100). */
    public record Bar(String range, int count, String x, String y, String width, String height) {
    }

    public double overrideShare() {
        return attempts == 0 ? 0 : (double) overridden / attempts;
    }

    public boolean lowDiscrimination() {
        return !Double.isNaN(discrimination) && discrimination < LOW_DISCRIMINATION;
    }

    public boolean heavyOverriding() {
        return attempts >= MIN_ATTEMPTS && overrideShare() >= HEAVY_OVERRIDING;
    }

    /** The question needs an author's look: it separates candidates poorly, or reviewers often overrule it. */
    public boolean attention() {
        return lowDiscrimination() || heavyOverriding();
    }

    public String facilityText() {
        return Double.isNaN(facility) ? "n/a" : Numbers.percent(facility);
    }

    public String discriminationText() {
        return Numbers.twoDecimals(discrimination);
    }

    public String overrideText() {
        return overridden + " (" + (attempts == 0 ? "n/a" : Numbers.percent(overrideShare())) + ")";
    }

    public String meanChangeText() {
        return Double.isNaN(meanChange) ? "n/a" : Numbers.signedPoints(meanChange);
    }

    public String engineAgreementText() {
        return Numbers.twoDecimals(engineAgreement);
    }

    /** The histogram's bars, scaled so the tallest fills the height. */
    public List<Bar> bars() {
        int tallest = 1;
        for (int count : histogram) {
            tallest = Math.max(tallest, count);
        }
        var bars = new ArrayList<Bar>();
        double width = 200.0 / histogram.length;
        for (int i = 0; i < histogram.length; i++) {
            double height = 100.0 * histogram[i] / tallest;
            var range = (i * 10) + "–" + (i + 1) * 10 + "%";
            bars.add(new Bar(range, histogram[i], Numbers.points(i * width + 1), Numbers.points(100 - height),
                    Numbers.points(width - 2), Numbers.points(height)));
        }
        return bars;
    }

    /** What the histogram shows, for screen readers. */
    public String histogramLabel() {
        var parts = new ArrayList<String>();
        var bars = bars();
        bars.forEach(b -> parts.add(b.range() + ": " + b.count()));
        return "Final scores as a share of " + Numbers.points(max) + " points. " + String.join(", ", parts);
    }
}
