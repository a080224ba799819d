package org.assay.engine.eval;

import java.util.List;
import java.util.Locale;

/**
 * The agreement figures reported for a set of computed scores against human ones.
 *
 * @param n number of pairs
 * @param pearson Pearson's r
 * @param spearman Spearman's rho, ties averaged
 * @param rmse root mean squared error
 * @param mae mean absolute error
 * @param qwk quadratic weighted kappa on 0.5-point steps over the scale
 */
public record Agreement(int n, double pearson, double spearman, double rmse, double mae, double qwk) {

    /** Width of a kappa category, in points. */
    public static final double KAPPA_STEP = 0.5;

    /**
     * Computes every figure.
     *
     * @param scaleMax highest score of the scale both scores are on
     */
    public static Agreement of(double[] human, double[] predicted, double scaleMax) {
        return new Agreement(human.length, Metrics.pearson(human, predicted), Metrics.spearman(human, predicted),
                Metrics.rmse(human, predicted), Metrics.mae(human, predicted),
                Metrics.quadraticWeightedKappa(human, predicted, scaleMax, KAPPA_STEP));
    }

    /** One {@code name=value} line a figure, each name after {@code prefix}, values to four decimals. */
    public List<String> lines(String prefix) {
        return List.of(
                prefix + "n=" + n,
                prefix + "pearson=" + format(pearson),
                prefix + "spearman=" + format(spearman),
                prefix + "rmse=" + format(rmse),
                prefix + "mae=" + format(mae),
                prefix + "qwk=" + format(qwk));
    }

    /** A figure as printed: four decimals, or {@code NaN} when undefined. */
    public static String format(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.4f", value);
    }
}
