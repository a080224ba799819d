package org.assay.review.second;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Agreement between two sets of marks, checked against figures worked out by hand. */
class AgreementFiguresTest {

    private static final double MAX = 10;

    @Test
    void exactAdjacentAndKappaMatchAHandWorkedCase() {
        double[] first = { 9, 2, 4.5, 2 };
        double[] second = { 4, 3, 5, 2 };

        var figures = AgreementFigures.of(first, second, MAX);

        // Apart by 5, 1, 0.5 and 0: one exact, three within a point. Kappa = 1 - n * sum (a - b)^2 / sum over all
        // pairs (a_i - b_j)^2 = 1 - 4 * 26.25 / 163 = 58 / 163 (the half-point scale cancels out)
        assertThat(figures.answers()).isEqualTo(4);
        assertThat(figures.exact()).isEqualTo(0.25);
        assertThat(figures.adjacent()).isEqualTo(0.75);
        assertThat(figures.qwk()).isCloseTo(58.0 / 163, within(1e-12));
        assertThat(figures.qwkText()).isEqualTo("0.36");
    }

    @Test
    void identicalMarksAgreeFullyAndNoMarksHaveNoFigures() {
        double[] marks = { 0, 5, 10 };
        assertThat(AgreementFigures.of(marks, marks, MAX).qwk()).isEqualTo(1.0);
        var none = AgreementFigures.of(new double[0], new double[0], MAX);
        assertThat(none.exactText()).isEqualTo("n/a");
        assertThat(none.qwkText()).isEqualTo("n/a");
    }
}
