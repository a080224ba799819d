package org.assay.engine.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Agreement between human and computed scores. Pure functions on arrays of equal length; thread-safe. A figure
 * that is undefined for the input (fewer than two values, no variance) comes back as {@code NaN}.
 */
public final class Metrics {

    private Metrics() {
    }

    /**
     * Pearson's correlation coefficient.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double pearson(double[] x, double[] y) {
        checkLengths(x, y);
        if (x.length < 2) {
            return Double.NaN;
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Spearman's rank correlation: Pearson's on ranks, tied values sharing their average rank. */
    public static double spearman(double[] x, double[] y) {
        checkLengths(x, y);
        return pearson(ranks(x), ranks(y));
    }

    /** Root mean squared difference. */
    public static double rmse(double[] human, double[] predicted) {
        checkLengths(human, predicted);
        if (human.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < human.length; i++) {
            double d = predicted[i] - human[i];
            sum += d * d;
        }
        return Math.sqrt(sum / human.length);
    }

    /** Mean absolute difference. */
    public static double mae(double[] human, double[] predicted) {
        checkLengths(human, predicted);
        if (human.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < human.length; i++) {
            sum += Math.abs(predicted[i] - human[i]);
        }
        return sum / human.length;
    }

    /**
     * Quadratic weighted kappa, with scores rounded to the nearest {@code step} and clamped to {@code [0, max]}, so
     * that the categories are 0, step, 2·step … max.
     *
     * @param max highest score of the scale
     * @param step width of a category, such as 0.5
     * @throws IllegalArgumentException if the arrays differ in length, or max or step is not positive
     */
    public static double quadraticWeightedKappa(double[] human, double[] predicted, double max, double step) {
        checkLengths(human, predicted);
        if (!(max > 0) || !(step > 0)) {
            throw new IllegalArgumentException("max and step must be positive: " + max + ", " + step);
        }
        int categories = (int) Math.round(max / step) + 1;
        if (human.length == 0 || categories < 2) {
            return Double.NaN;
        }
        double[][] observed = new double[categories][categories];
        double[] humanCounts = new double[categories];
        double[] predictedCounts = new double[categories];
        for (int i = 0; i < human.length; i++) {
            int h = category(human[i], step, categories);
            int p = category(predicted[i], step, categories);
            observed[h][p]++;
            humanCounts[h]++;
            predictedCounts[p]++;
        }
        double weightedObserved = 0;
        double weightedExpected = 0;
        double scale = (categories - 1.0) * (categories - 1.0);
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                double weight = (i - j) * (i - j) / scale;
                weightedObserved += weight * observed[i][j];
                weightedExpected += weight * humanCounts[i] * predictedCounts[j] / human.length;
            }
        }
        return weightedExpected == 0 ? Double.NaN : 1 - weightedObserved / weightedExpected;
    }

    /** 1-based ranks; tied values get the mean of the ranks they span. */
    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static int category(double score, double step, int categories) {
        long index = Math.round(score / step);
        return (int) Math.max(0, Math.min(categories - 1, index));
    }

    static void checkLengths(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("arrays differ in length: " + a.length + " and " + b.length);
        }
    }
}
