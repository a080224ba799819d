package org.assay.review.second;

import org.assay.engine.eval.Agreement;
import org.assay.engine.eval.Metrics;
import org.assay.web.Numbers;

/**
 * How often two sets of marks of the same answers agree.
 *
 * @param answers answers marked by both
 * @param exact share of answers given the same score
 * @param adjacent share of answers whose scores are at most {@value #ADJACENT_POINTS} point apart (exact included)
 * @param qwk quadratic weighted kappa on half points, over 0 to the largest question's points; NaN when undefined
 *        (no answers, or every score the same)
 */
public record AgreementFigures(int answers, double exact, double adjacent, double qwk) {

    /** Scores at most this far apart count as adjacent. */
    public static final double ADJACENT_POINTS = 1;
    private static final double SAME = 1e-9;

    /**
     * @param max the largest maximum among the answers' questions
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static AgreementFigures of(double[] a, double[] b, double max) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Different numbers of marks: " + a.length + " and " + b.length);
        }
        if (a.length == 0) {
            return new AgreementFigures(0, Double.NaN, Double.NaN, Double.NaN);
        }
        int exact = 0;
        int adjacent = 0;
        for (int i = 0; i < a.length; i++) {
            double apart = Math.abs(a[i] - b[i]);
            exact += apart <= SAME ? 1 : 0;
            adjacent += apart <= ADJACENT_POINTS + SAME ? 1 : 0;
        }
        double qwk = max > 0 ? Metrics.quadraticWeightedKappa(a, b, max, Agreement.KAPPA_STEP) : Double.NaN;
        return new AgreementFigures(a.length, (double) exact / a.length, (double) adjacent / a.length, qwk);
    }

    public String exactText() {
        return answers == 0 ? "n/a" : Numbers.percent(exact);
    }

    public String adjacentText() {
        return answers == 0 ? "n/a" : Numbers.percent(adjacent);
    }

    public String qwkText() {
        return Numbers.twoDecimals(qwk);
    }
}
