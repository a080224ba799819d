package org.assay.engine.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Fits a {@link ReviewModel} to graded answers whose grader's score is known: an L2-regularised logistic regression on
 * standardised signals (Newton's method), and the threshold that routes a chosen share of the far-off training
 * answers. {@link #leaveOneGroupOut} measures it honestly: fit on every group (data set) but one, route the one left
 * out.
 */
public final class ReviewFit {

    private static final int ITERATIONS = 50;
    private static final double CONVERGED = 1e-9;

    /**
     * One graded answer.
     *
     * @param group the data set it comes from
     * @param signals its {@link ReviewSignals}, by name
     * @param far whether the grader's score is 30% of the maximum or more from the engine's
     */
    public record Sample(String group, Map<String, Double> signals, boolean far) {
    }

    /**
     * How the route did on one group left out of the fit.
     *
     * @param group the group
     * @param farN answers far from the grader's score
     * @param farRouted of those, the ones routed
     * @param nearN the other answers
     * @param nearRouted of those, the ones routed
     */
    public record Held(String group, int farN, int farRouted, int nearN, int nearRouted) {
    }

    /**
     * @param lambda the L2 penalty on the standardised weights (the intercept is not penalised)
     * @param farShare share of the far-off training answers the threshold must route
     */
    public record Settings(double lambda, double farShare) {
        /** The settings of the shipped model. */
        public static final Settings DEFAULT = new Settings(1.0, 0.7);
    }

    private ReviewFit() {
    }

    /** Fits a model to all the samples. */
    public static ReviewModel fit(List<Sample> samples, Settings settings) {
        List<String> names = ReviewSignals.NAMES;
        int n = samples.size();
        int d = names.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (Sample s : samples) {
            for (int j = 0; j < d; j++) {
                mean[j] += s.signals().getOrDefault(names.get(j), 0.0) / n;
            }
        }
        for (Sample s : samples) {
            for (int j = 0; j < d; j++) {
                double v = s.signals().getOrDefault(names.get(j), 0.0) - mean[j];
                sd[j] += v * v / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]);
        }
        double[][] x = new double[n][d + 1];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Sample s = samples.get(i);
            x[i][0] = 1;
            for (int j = 0; j < d; j++) {
                // a signal that never varies in the data carries no weight
                x[i][j + 1] = sd[j] > 1e-12 ? (s.signals().getOrDefault(names.get(j), 0.0) - mean[j]) / sd[j] : 0;
            }
            y[i] = s.far() ? 1 : 0;
        }
        double[] beta = newton(x, y, settings.lambda());
        Map<String, Double> weights = new LinkedHashMap<>();
        double intercept = beta[0];
        for (int j = 0; j < d; j++) {
            double w = sd[j] > 1e-12 ? beta[j + 1] / sd[j] : 0;
            weights.put(names.get(j), w);
            intercept -= w * mean[j];
        }
        ReviewModel unthresholded = new ReviewModel(intercept, weights, 0.5);
        List<Double> far = new ArrayList<>();
        for (Sample s : samples) {
            if (s.far()) {
                far.add(unthresholded.chance(s.signals()));
            }
        }
        far.sort(null);
        double threshold = far.isEmpty() ? 0.5
                : far.get(Math.max(0, (int) Math.floor(far.size() * (1 - settings.farShare()))));
        return new ReviewModel(intercept, weights, threshold);
    }

    /** Per group: the route of a model fitted on all the other groups. */
    public static List<Held> leaveOneGroupOut(List<Sample> samples, Settings settings) {
        Map<String, List<Sample>> groups = new TreeMap<>();
        samples.forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
        List<Held> out = new ArrayList<>();
        for (Map.Entry<String, List<Sample>> g : groups.entrySet()) {
            List<Sample> train = samples.stream().filter(s -> !s.group().equals(g.getKey())).toList();
            if (train.stream().noneMatch(Sample::far)) {
                continue;
            }
            ReviewModel model = fit(train, settings);
            int[] c = new int[4];
            for (Sample s : g.getValue()) {
                boolean routed = model.chance(s.signals()) >= model.threshold();
                c[s.far() ? 0 : 2]++;
                c[s.far() ? 1 : 3] += routed ? 1 : 0;
            }
            out.add(new Held(g.getKey(), c[0], c[1], c[2], c[3]));
        }
        return out;
    }

    /** Maximises the penalised log-likelihood; column 0 of x is the unpenalised intercept. */
    private static double[] newton(double[][] x, double[] y, double lambda) {
        int p = x[0].length;
        double[] beta = new double[p];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[p];
            double[][] hessian = new double[p][p];
            for (int i = 0; i < x.length; i++) {
                double z = 0;
                for (int j = 0; j < p; j++) {
                    z += beta[j] * x[i][j];
                }
                double mu = 1 / (1 + Math.exp(-z));
                double w = Math.max(mu * (1 - mu), 1e-9);
                for (int j = 0; j < p; j++) {
                    gradient[j] += (y[i] - mu) * x[i][j];
                    for (int k = 0; k <= j; k++) {
                        hessian[j][k] += w * x[i][j] * x[i][k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    hessian[k][j] = hessian[j][k];
                }
                if (j > 0) {
                    gradient[j] -= lambda * beta[j];
                    hessian[j][j] += lambda;
                }
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int j = 0; j < p; j++) {
                beta[j] += step[j];
                size += Math.abs(step[j]);
            }
            if (size < CONVERGED) {
                break;
            }
        }
        return beta;
    }

    /** Solves a x = b; a singular a gets the least-squares solution of smallest norm. */
    private static double[] solve(double[][] a, double[] b) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false)).toArray();
    }
}
