package org.assay.engine.eval;

/**
 * A least-squares line {@code y = intercept + slope · x}, used to calibrate raw scores against human ones.
 *
 * @param intercept value at x = 0
 * @param slope change of y per unit of x
 */
public record LinearFit(double intercept, double slope) {

    /**
     * Fits y on x by ordinary least squares. When x does not vary, the line is flat at the mean of y.
     *
     * @throws IllegalArgumentException if the arrays differ in length or are empty
     */
    public static LinearFit fit(double[] x, double[] y) {
        Metrics.checkLengths(x, y);
        if (x.length == 0) {
            throw new IllegalArgumentException("cannot fit a line to no points");
        }
        double meanX = Metrics.mean(x);
        double meanY = Metrics.mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new LinearFit(meanY - slope * meanX, slope);
    }

    /** The fitted value at x. */
    public double apply(double x) {
        return intercept + slope * x;
    }
}
