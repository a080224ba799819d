package org.assay.engine.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.assay.engine.eval.Agreement;
import org.assay.engine.eval.CrossValidation;
import org.assay.engine.score.FlagCode;

/**
 * The figures printed after grading: agreement with the human scores, the same for cross-validated calibrated
 * scores, and the mean computed score per kind of answer.
 */
final class Figures {

    /** Share of the maximum at which a score counts as far from the human one. */
    static final double FAR_SHARE = 0.3;

    private final List<String> lines;
    private final Map<GradedRow, Double> calibrated;
    private final boolean withExamples;

    private Figures(List<String> lines, Map<GradedRow, Double> calibrated, boolean withExamples) {
        this.lines = List.copyOf(lines);
        this.calibrated = calibrated;
        this.withExamples = withExamples;
    }

    /** As {@link #of(List, OptionalDouble, Optional, boolean, PrintStream, boolean)} with the rubric alone. */
    static Figures of(List<GradedRow> graded, OptionalDouble scale, Optional<String> cvField, boolean routing,
            PrintStream err) {
        return of(graded, scale, cvField, routing, err, false);
    }

    /**
     * @param scale the reported scale, if one was chosen; otherwise kappa uses the largest maximum of the rows
     * @param cvField the field whose values are the folds, if cross-validation was asked for
     * @param routing also print the flagged shares among far-off answers and among the others
     * @param err where to explain why a figure cannot be computed
     * @param withExamples examples moved the scores: also print the rubric's own agreement, prefixed rubric_
     */
    static Figures of(List<GradedRow> graded, OptionalDouble scale, Optional<String> cvField, boolean routing,
            PrintStream err, boolean withExamples) {
        List<String> lines = new ArrayList<>();
        Map<GradedRow, Double> calibrated = new IdentityHashMap<>();
        List<GradedRow> scored = graded.stream().filter(g -> g.row().human().isPresent()).toList();
        if (!scored.isEmpty()) {
            double[] human = scored.stream().mapToDouble(g -> g.row().human().getAsDouble()).toArray();
            double[] computed = scored.stream().mapToDouble(GradedRow::score).toArray();
            double scaleMax = scale.orElse(scored.stream().mapToDouble(GradedRow::max).max().orElseThrow());
            lines.addAll(Agreement.of(human, computed, scaleMax).lines(""));
            cvField.ifPresent(field -> {
                List<String> groups = scored.stream().map(g -> g.row().group()).toList();
                if (groups.stream().distinct().count() < 2) {
                    err.println("evaluate: --cv-field " + field + " needs at least two different values; "
                            + "no cross-validated figures");
                    return;
                }
                double[] cv = CrossValidation.byGroup(computed, human, groups);
                for (int i = 0; i < cv.length; i++) {
                    cv[i] = Math.max(0, Math.min(scored.get(i).max(), cv[i]));
                    calibrated.put(scored.get(i), cv[i]);
                }
                lines.addAll(Agreement.of(human, cv, scaleMax).lines("cv_"));
            });
            if (routing) {
                lines.addAll(flaggedShares(scored));
            }
            if (withExamples) {
                double[] rubric = scored.stream().mapToDouble(GradedRow::rubricScore).toArray();
                lines.addAll(Agreement.of(human, rubric, scaleMax).lines("rubric_"));
                lines.add("moved_by_examples=" + scored.stream().filter(g -> g.score() != g.rubricScore()).count());
            }
        }
        lines.addAll(meanScorePerKind(graded));
        return new Figures(lines, calibrated, withExamples);
    }

    /**
     * Among answers whose score is {@link #FAR_SHARE} of the maximum or more from the human score, the share that
     * carry any flag and the share routed to a person (NEEDS_REVIEW); then the same shares among the others. Flags
     * are worth their cost when the far shares are high and the near ones low.
     */
    private static List<String> flaggedShares(List<GradedRow> scored) {
        int[] far = new int[3];
        int[] near = new int[3];
        for (GradedRow g : scored) {
            boolean off = Math.abs(g.score() - g.row().human().getAsDouble()) >= FAR_SHARE * g.max() - 1e-9;
            int[] group = off ? far : near;
            group[0]++;
            group[1] += g.flags().isEmpty() ? 0 : 1;
            group[2] += g.flags().contains(FlagCode.NEEDS_REVIEW.name()) ? 1 : 0;
        }
        return List.of("far_n=" + far[0], "flagged_far=" + share(far[1], far[0]),
                "routed_far=" + share(far[2], far[0]), "near_n=" + near[0], "flagged_near=" + share(near[1], near[0]),
                "routed_near=" + share(near[2], near[0]));
    }

    private static String share(int count, int of) {
        return Agreement.format(of == 0 ? Double.NaN : (double) count / of);
    }

    private static List<String> meanScorePerKind(List<GradedRow> graded) {
        Map<String, double[]> sums = new TreeMap<>();
        for (GradedRow row : graded) {
            row.row().kind().ifPresent(kind -> {
                double[] sum = sums.computeIfAbsent(kind, k -> new double[2]);
                sum[0] += row.score();
                sum[1]++;
            });
        }
        List<String> lines = new ArrayList<>();
        sums.forEach((kind, sum) -> lines.add("mean_score_" + kind + "=" + Agreement.format(sum[0] / sum[1])));
        return lines;
    }

    /** The figures, one {@code name=value} a line. */
    List<String> lines() {
        return lines;
    }

    /** Whether examples took part, so rows carry the rubric's score apart. */
    boolean withExamples() {
        return withExamples;
    }

    /** The cross-validated score of a row, when there is one. */
    Optional<Double> calibrated(GradedRow row) {
        return Optional.ofNullable(calibrated.get(row));
    }
}
