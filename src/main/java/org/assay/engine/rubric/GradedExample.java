package org.assay.engine.rubric;

import java.util.List;

import org.assay.engine.score.FlagCode;

/**
 * An answer with the score a careful human gives it, kept beside a rubric to check the grader against.
 *
 * @param file the examples file it comes from, such as {@code q06.examples.yaml}
 * @param line 1-based line where the example starts
 * @param kind what the example exercises
 * @param answer the answer text
 * @param score expected score on the rubric's points
 * @param tolerance how far the computed score may be from {@code score}
 * @param flags flags the grade report must include
 */
public record GradedExample(
        String file, int line, ExampleKind kind, String answer, double score, double tolerance, List<FlagCode> flags) {

    /** Default tolerance as a share of the rubric's points. */
    public static final double DEFAULT_TOLERANCE_SHARE = 0.15;

    public GradedExample {
        flags = List.copyOf(flags);
    }

    /** The default tolerance for a rubric worth {@code points}. */
    public static double defaultTolerance(double points) {
        return points * DEFAULT_TOLERANCE_SHARE;
    }

    /** Whether a computed score is within the tolerance of the expected one. */
    public boolean accepts(double computed) {
        return Math.abs(computed - score) <= tolerance + 1e-9;
    }
}
