package org.assay.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values worked out by hand; the comments show the sums. */
class MetricsTest {

    private static final double EPSILON = 1e-9;
    private static final double[] X = {1, 2, 3, 4, 5};
    private static final double[] Y = {2, 4, 5, 4, 5};

    @Test
    void pearsonMatchesTheHandComputedValue() {
        // deviations x: -2 -1 0 1 2, y: -2 0 1 0 1; sum xy = 6, sum xx = 10, sum yy = 6
        assertThat(Metrics.pearson(X, Y)).isCloseTo(6 / Math.sqrt(60), within(EPSILON));
    }

    @Test
    void pearsonIsUndefinedWithoutVariance() {
        assertThat(Metrics.pearson(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isNaN();
        assertThat(Metrics.pearson(new double[] {1}, new double[] {2})).isNaN();
    }

    @Test
    void spearmanGivesTiedValuesTheirAverageRank() {
        // ranks of y: 1, 2.5, 4.5, 2.5, 4.5; deviations -2 -0.5 1.5 -0.5 1.5; sum xy = 7, sum yy = 9
        assertThat(Metrics.ranks(Y)).containsExactly(1, 2.5, 4.5, 2.5, 4.5);
        assertThat(Metrics.spearman(X, Y)).isCloseTo(7 / Math.sqrt(90), within(EPSILON));
    }

    @Test
    void spearmanIsOneForAnyIncreasingRelation() {
        assertThat(Metrics.spearman(X, new double[] {1, 8, 27, 64, 125})).isCloseTo(1, within(EPSILON));
    }

    @Test
    void rmseAndMaeMatchTheHandComputedValues() {
        double[] human = {1, 2, 3};
        double[] predicted = {2, 2, 5};

        // errors 1, 0, 2: squares sum to 5, absolute values to 3
        assertThat(Metrics.rmse(human, predicted)).isCloseTo(Math.sqrt(5.0 / 3), within(EPSILON));
        assertThat(Metrics.mae(human, predicted)).isCloseTo(1, within(EPSILON));
    }

    @Test
    void quadraticWeightedKappaMatchesTheHandComputedValue() {
        // categories 0, 0.5, 1; observed off-diagonal (1,2) and (2,1): weighted 0.25 + 0.25 = 0.5
        // expected from counts h = p = [1, 1, 2] over 4: weighted sum 1.375; kappa = 1 - 0.5 / 1.375 = 7/11
        double[] human = {0, 0.5, 1, 1};
        double[] predicted = {0, 1, 1, 0.5};

        assertThat(Metrics.quadraticWeightedKappa(human, predicted, 1, 0.5)).isCloseTo(7.0 / 11, within(EPSILON));
    }

    @Test
    void quadraticWeightedKappaRoundsToStepsAndClampsToTheScale() {
        double[] human = {0, 0.5, 1, 1};
        double[] roughly = {-0.3, 1.2, 0.9, 0.6};

        assertThat(Metrics.quadraticWeightedKappa(human, roughly, 1, 0.5)).isCloseTo(7.0 / 11, within(EPSILON));
        assertThat(Metrics.quadraticWeightedKappa(human, human, 1, 0.5)).isCloseTo(1, within(EPSILON));
    }

    @Test
    void refusesArraysOfDifferentLengths() {
        assertThatThrownBy(() -> Metrics.rmse(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 and 2");
    }

    @Test
    void linearFitRecoversAnExactLine() {
        LinearFit fit = LinearFit.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});

        assertThat(fit.intercept()).isCloseTo(1, within(EPSILON));
        assertThat(fit.slope()).isCloseTo(2, within(EPSILON));
        assertThat(fit.apply(10)).isCloseTo(21, within(EPSILON));
    }

    @Test
    void linearFitMatchesTheHandComputedLeastSquaresLine() {
        // mean x 2, mean y 5/3; sum xy = 1, sum xx = 2: slope 0.5, intercept 5/3 - 1
        LinearFit fit = LinearFit.fit(new double[] {1, 2, 3}, new double[] {1, 2, 2});

        assertThat(fit.slope()).isCloseTo(0.5, within(EPSILON));
        assertThat(fit.intercept()).isCloseTo(2.0 / 3, within(EPSILON));
    }

    @Test
    void linearFitIsFlatWhenXDoesNotVary() {
        assertThat(LinearFit.fit(new double[] {2, 2}, new double[] {1, 3})).isEqualTo(new LinearFit(2, 0));
    }

    @Test
    void crossValidationPredictsEachGroupFromTheOthers() {
        double[] raw = {0, 1, 2, 3, 4, 5};
        double[] human = {1, 3, 5, 7, 9, 11.6};
        java.util.List<String> groups = java.util.List.of("a", "a", "b", "b", "c", "c");

        double[] calibrated = CrossValidation.byGroup(raw, human, groups);

        // groups a and b lie on y = 1 + 2x, so the fits that leave out c predict c from that line exactly
        assertThat(calibrated[4]).isCloseTo(9, within(EPSILON));
        assertThat(calibrated[5]).isCloseTo(11, within(EPSILON));
        // leaving out a fits b and c: x 2..5, y 5, 7, 9, 11.6; sum xy = 10.9, sum xx = 5: y = 0.52 + 2.18x
        assertThat(calibrated[0]).isCloseTo(0.52, within(EPSILON));
        assertThat(calibrated[1]).isCloseTo(2.70, within(EPSILON));
    }

    @Test
    void crossValidationNeedsTwoGroups() {
        assertThatThrownBy(() -> CrossValidation.byGroup(new double[] {1, 2}, new double[] {1, 2},
                java.util.List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreementPrintsOneNameValueLineAFigure() {
        Agreement agreement = Agreement.of(new double[] {1, 2, 3}, new double[] {2, 2, 5}, 5);

        // pearson 3 / sqrt(12); spearman on ranks 1.5, 1.5, 3 also 0.866; kappa on 11 categories 1 - 0.2 / 0.44
        assertThat(agreement.lines("cv_")).containsExactly("cv_n=3", "cv_pearson=0.8660", "cv_spearman=0.8660",
                "cv_rmse=1.2910", "cv_mae=1.0000", "cv_qwk=0.5455");
    }
}
