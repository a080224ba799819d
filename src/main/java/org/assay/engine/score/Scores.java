package org.assay.engine.score;

/** Rounding for reported figures. */
final class Scores {

    private Scores() {
    }

    /** Rounds to two decimals. */
    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
