package org.assay.assessment;

import org.assay.web.Numbers;

/**
 * Whether an assessment's reviewed attempts are marked a second time, blind, and how far two marks of an answer may
 * differ before an adjudicator decides.
 *
 * @param threshold the largest difference left alone, in points or in percent of the question's points
 * @param unit {@value #POINTS} or {@value #PERCENT}
 */
public record SecondMarkingSettings(boolean on, double threshold, String unit) {

    public static final String POINTS = "points";
    public static final String PERCENT = "percent";
    /** Differences this close to the threshold count as equal to it (scores are stored as doubles). */
    private static final double TOLERANCE = 1e-6;

    public static SecondMarkingSettings of(Assessment assessment) {
        return new SecondMarkingSettings(assessment.secondMarking, assessment.secondMarkingThreshold,
                assessment.secondMarkingUnit);
    }

    /** The largest difference between two marks left alone on a question of {@code max} points. */
    public double limit(double max) {
        return PERCENT.equals(unit) ? threshold * max / 100 : threshold;
    }

    /** Two marks of a question of {@code max} points differ by more than the threshold. */
    public boolean disagree(double first, double second, double max) {
        return Math.abs(first - second) > limit(max) + TOLERANCE;
    }

    /** The same rule in SQL, over the first and second marks and the maximum as SQL expressions. */
    public static String disagreeSql(String assessment, String first, String second, String max) {
        return "abs(" + first + " - " + second + ") > (case when " + assessment + ".second_marking_unit = '" + PERCENT
                + "' then " + assessment + ".second_marking_threshold * " + max + " / 100 else " + assessment
                + ".second_marking_threshold end) + 0.000001";
    }

    /** "more than 2 points apart" or "more than 20% of the question's points apart". */
    public String describe() {
        return "more than " + Numbers.points(threshold) + (PERCENT.equals(unit) ? "% of the question's points"
                : threshold == 1 ? " point" : " points") + " apart";
    }
}
