package org.assay.engine.rubric;

import java.math.BigDecimal;

/** Writes numbers the way an author would type them: 10, 2.5, 0.25. */
public final class Decimals {

    private Decimals() {
    }

    /** The number without a trailing ".0"; never throws. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // BigDecimal.valueOf uses the shortest decimal that reads back as the same double.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
