package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void pointsHaveAtMostTwoDecimalsRoundedHalfUpAndNoTrailingZeros() {
        assertThat(Numbers.points(7.0)).isEqualTo("7");
        assertThat(Numbers.points(6.5)).isEqualTo("6.5");
        assertThat(Numbers.points(10.0 / 3)).isEqualTo("3.33");
        assertThat(Numbers.points(2.675)).isEqualTo("2.68");
        assertThat(Numbers.points((Double) null)).isEmpty();
    }

    @Test
    void aChangeCarriesItsSign() {
        assertThat(Numbers.signedPoints(1.5)).isEqualTo("+1.5");
        assertThat(Numbers.signedPoints(-2)).isEqualTo("-2");
        assertThat(Numbers.signedPoints(0.001)).isEqualTo("0");
    }

    @Test
    void exactKeepsEveryDecimalAnAuthorTyped() {
        assertThat(Numbers.exact(10)).isEqualTo("10");
        assertThat(Numbers.exact(0.125)).isEqualTo("0.125");
    }

    @Test
    void statisticsHaveTwoDecimalsAndPercentagesNone() {
        assertThat(Numbers.twoDecimals(0.8)).isEqualTo("0.80");
        assertThat(Numbers.twoDecimals(Double.NaN)).isEqualTo("n/a");
        assertThat(Numbers.percent(0.854)).isEqualTo("85%");
    }
}
