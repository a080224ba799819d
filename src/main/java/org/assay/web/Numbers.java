package org.assay.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * How every page, message and export writes numbers. Pages call it as {@code {num:points(value)}}; Java code calls
 * the same methods.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Points with at most two decimals, half up, and no trailing zeros: 7, 6.5, 3.33. */
    @TemplateExtension(namespace = "num")
    public static String points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Points, or an empty string when there are none (not graded). */
    public static String points(Double value) {
        return value == null ? "" : points(value.doubleValue());
    }

    /** A change in points with its sign: +1.5, -2, 0. */
    public static String signedPoints(double change) {
        String text = points(change);
        return text.startsWith("-") || text.equals("0") ? text : "+" + text;
    }

    /** A number the way an author would type it, every decimal kept so a form gives back what it was: 10, 0.125. */
    public static String exact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A statistic with exactly two decimals, "n/a" when it is undefined: 0.80. */
    public static String twoDecimals(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A fraction from 0 to 1 as a whole percentage: 85%. */
    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
