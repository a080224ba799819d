package org.assay.engine.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Calibrates raw scores by k-fold cross-validation over groups (such as the assignment an answer belongs to): each
 * group's scores are predicted by a {@link LinearFit} on all the other groups, so no answer helps predict itself.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * Predicts every row from a line fitted on the rows of the other groups.
     *
     * @param raw computed scores
     * @param human human scores
     * @param groups the group of each row
     * @return calibrated scores, in row order (not clamped to any scale)
     * @throws IllegalArgumentException if the lengths differ or there are fewer than two groups
     */
    public static double[] byGroup(double[] raw, double[] human, List<String> groups) {
        Metrics.checkLengths(raw, human);
        if (groups.size() != raw.length) {
            throw new IllegalArgumentException("one group per row is needed: " + groups.size() + " for "
                    + raw.length);
        }
        Set<String> distinct = new LinkedHashSet<>(groups);
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("cross-validation needs at least two groups, got " + distinct);
        }
        double[] calibrated = new double[raw.length];
        for (String held : distinct) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < raw.length; i++) {
                if (!groups.get(i).equals(held)) {
                    train.add(i);
                }
            }
            LinearFit fit = LinearFit.fit(
                    train.stream().mapToDouble(i -> raw[i]).toArray(),
                    train.stream().mapToDouble(i -> human[i]).toArray());
            for (int i = 0; i < raw.length; i++) {
                if (groups.get(i).equals(held)) {
                    calibrated[i] = fit.apply(raw[i]);
                }
            }
        }
        return calibrated;
    }
}
