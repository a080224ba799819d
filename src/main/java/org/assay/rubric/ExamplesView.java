package org.assay.rubric;

import java.util.List;

import org.assay.engine.eval.Metrics;
import org.assay.web.Numbers;

/**
 * A question's graded examples checked against the saved rubric and, when there is one, the draft being edited. One
 * definition of agreement serves every figure and every row: a computed score agrees when it is within
 * {@link #AGREES_WITHIN} points of the human score.
 *
 * @param savedVersion the number of the saved version
 * @param rows every example
 * @param saved agreement of the saved version with the human scores
 * @param draft agreement of the draft; null when no valid draft was graded
 */
public record ExamplesView(int savedVersion, List<Row> rows, Agreement saved, Agreement draft) {

    /** A computed score this close to the human one, or closer, agrees with it. */
    public static final double AGREES_WITHIN = 0.5;
    /** The definition as the pages state it. */
    public static final String RULE = "agrees = within " + Numbers.exact(AGREES_WITHIN) + " of the human score";
    static final int EXCERPT_CHARS = 160;
    /** Changed rows listed beside the try-it panel; the full table below the form lists the rest. */
    static final int CHANGES_SHOWN = 20;
    private static final double SAME = 1e-9;

    /** Whether a computed score agrees with a human one. */
    public static boolean agrees(double computed, double human) {
        return Math.abs(computed - human) <= AGREES_WITHIN + SAME;
    }

    /**
     * One example with its scores.
     *
     * @param id the example's id
     * @param kind what it exercises, such as "paraphrase"
     * @param answer the answer text
     * @param source where it came from: file, manual, try-it, transcript
     * @param expected the score a person gave it
     * @param saved the score on the saved version
     * @param draft the score on the draft; null without a valid draft
     */
    public record Row(long id, String kind, String answer, String source, double expected, double saved,
            Double draft) {

        public boolean savedAgrees() {
            return agrees(saved, expected);
        }

        public boolean draftAgrees() {
            return draft != null && agrees(draft, expected);
        }

        /** Agrees on the draft, or on the saved version when there is no draft. */
        public boolean agreesLatest() {
            return draft != null ? draftAgrees() : savedAgrees();
        }

        /** Agrees on the saved version, not on the draft. */
        public boolean broken() {
            return draft != null && savedAgrees() && !draftAgrees();
        }

        /** Does not agree on the saved version, agrees on the draft. */
        public boolean fixed() {
            return draft != null && !savedAgrees() && draftAgrees();
        }

        /** The draft gives another score than the saved version. */
        public boolean changed() {
            return draft != null && Math.abs(draft - saved) > SAME;
        }

        public String expectedText() {
            return Numbers.exact(expected);
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
     * How well computed scores agree with human ones.
     *
     * @param n number of examples
     * @param pearson Pearson's r; NaN when undefined (fewer than two examples, or no spread)
     * @param mae mean absolute error in points
     * @param agreeing how many computed scores agree with the human score
     */
    public record Agreement(int n, double pearson, double mae, int agreeing) {

        public static Agreement of(double[] expected, double[] computed) {
            int agreeing = 0;
            for (int i = 0; i < expected.length; i++) {
                agreeing += agrees(computed[i], expected[i]) ? 1 : 0;
            }
            return new Agreement(expected.length, Metrics.pearson(expected, computed),
                    Metrics.mae(expected, computed), agreeing);
        }

        public String pearsonText() {
            return Numbers.twoDecimals(pearson);
        }

        public String maeText() {
            return Numbers.twoDecimals(mae);
        }

        /** "12 of 13 agree (92%)". */
        public String agreeingText() {
            return n == 0 ? "n/a" : agreeing + " of " + n + " agree (" + Numbers.percent((double) agreeing / n) + ")";
        }
    }

    public String rule() {
        return RULE;
    }

    public List<Row> broken() {
        return rows.stream().filter(Row::broken).toList();
    }

    public List<Row> fixed() {
        return rows.stream().filter(Row::fixed).toList();
    }

    /** Examples whose score the draft changes, the first {@link #CHANGES_SHOWN}. */
    public List<Row> changed() {
        return rows.stream().filter(Row::changed).limit(CHANGES_SHOWN).toList();
    }

    /** How many examples the draft changes. */
    public long changedCount() {
        return rows.stream().filter(Row::changed).count();
    }

    public boolean hasDraft() {
        return draft != null;
    }
}
