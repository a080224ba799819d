package org.assay.rubric;

import java.util.List;

import org.assay.engine.eval.Metrics;
import org.assay.web.Numbers;

/**
 * A question's graded examples checked against the saved rubric and, when there is one, the draft being edited.
 *
 * @param rows every example
 * @param saved agreement of the saved version with the expected scores
 * @param draft agreement of the draft; null when no valid draft was graded
 */
public record ExamplesView(List<Row> rows, Agreement saved, Agreement draft) {

    /** Computed scores within this distance of the expected one count towards "within half a point". */
    static final double HALF_POINT = 0.5;
    static final int EXCERPT_CHARS = 160;

    /**
     * One example with its scores.
     *
     * @param id the example's id
     * @param kind what it exercises, such as "paraphrase"
     * @param answer the answer text
     * @param source where it came from: file, manual, try-it, transcript
     * @param expected the score a person gave it
     * @param tolerance how far a computed score may be from the expected one
     * @param saved the score on the saved version
     * @param draft the score on the draft; null without a valid draft
     */
    public record Row(long id, String kind, String answer, String source, double expected, double tolerance,
            double saved, Double draft) {

        public boolean savedOk() {
            return Math.abs(saved - expected) <= tolerance + 1e-9;
        }

        public boolean draftOk() {
            return draft != null && Math.abs(draft - expected) <= tolerance + 1e-9;
        }

        /** Within tolerance on the saved version, outside it on the draft. */
        public boolean broken() {
            return draft != null && savedOk() && !draftOk();
        }

        /** Outside tolerance on the saved version, within it on the draft. */
        public boolean fixed() {
            return draft != null && !savedOk() && draftOk();
        }

        public String expectedText() {
            return Numbers.exact(expected);
        }

        public String toleranceText() {
            return Numbers.points(tolerance);
        }

        public String savedText() {
            return Numbers.points(saved);
        }

        public String draftText() {
            return draft == null ? "" : Numbers.points(draft);
        }

        public String excerpt() {
            var flat = answer.replaceAll("\\s+", " ").strip();
            return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS - 1) + "…";
        }
    }

    /**
     * How well computed scores agree with expected ones.
     *
     * @param n number of examples
     * @param pearson Pearson's r; NaN when undefined (fewer than two examples, or no spread)
     * @param mae mean absolute error in points
     * @param withinHalf how many computed scores are within half a point of the expected one
     */
    public record Agreement(int n, double pearson, double mae, int withinHalf) {

        public static Agreement of(double[] expected, double[] computed) {
            int within = 0;
            for (int i = 0; i < expected.length; i++) {
                within += Math.abs(expected[i] - computed[i]) <= HALF_POINT + 1e-9 ? 1 : 0;
            }
            return new Agreement(expected.length, Metrics.pearson(expected, computed),
                    Metrics.mae(expected, computed), within);
        }

        public String pearsonText() {
            return Numbers.twoDecimals(pearson);
        }

        public String maeText() {
            return Numbers.twoDecimals(mae);
        }

        public String withinHalfText() {
            return n == 0 ? "n/a" : withinHalf + " of " + n + " (" + Numbers.percent((double) withinHalf / n) + ")";
        }
    }

    public List<Row> broken() {
        return rows.stream().filter(Row::broken).toList();
    }

    public List<Row> fixed() {
        return rows.stream().filter(Row::fixed).toList();
    }

    public boolean hasDraft() {
        return draft != null;
    }
}
