package org.assay.review.list;

import java.util.Arrays;
import java.util.Optional;

import org.assay.grading.AttemptScores;
import org.assay.review.Display;

/** The columns the review list sorts by, each with its SQL order expression. */
public enum ListSort {
    CANDIDATE("candidate", "Candidate", "lower(" + Display.CANDIDATE_SQL + ")", false, false),
    ASSESSMENT("assessment", "Assessment", "lower(s.title)", false, false),
    STATUS("status", "Status", "t.status", false, false),
    SUBMITTED("submitted", "Submitted", "t.submitted_at", true, false),
    AUTOMATIC("automatic", "Automatic score", AttemptScores.ofAttempt(AttemptScores.AUTO_TOTAL), true, true),
    /** An attempt whose first marking is hidden from the viewer sorts by the engine's total, which is all they see. */
    FINAL("final", "Final score", "case when " + SecondMarkingSql.FIRST_MARKING_HIDDEN + " then "
            + AttemptScores.ofAttempt(AttemptScores.AUTO_TOTAL) + " else "
            + AttemptScores.ofAttempt(AttemptScores.FINAL_TOTAL) + " end", true, true),
    FLAGS("flags", "Flags", "coalesce(" + AttemptScores.ofAttempt(AttemptScores.FLAG_TOTAL) + ", 0)", true, true),
    REVIEWED("reviewed", "Reviewed", "t.reviewed", false, false);

    private final String key;
    private final String label;
    private final String sql;
    private final boolean newestFirst;
    private final boolean numeric;

    ListSort(String key, String label, String sql, boolean newestFirst, boolean numeric) {
        this.key = key;
        this.label = label;
        this.sql = sql;
        this.newestFirst = newestFirst;
        this.numeric = numeric;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    String sql() {
        return sql;
    }

    /** The order expression names the viewer as {@code :viewer}. */
    boolean namesViewer() {
        return sql.contains(":viewer");
    }

    /** Dates and numbers sort largest first when their column is first chosen; text sorts A to Z. */
    boolean descendingFirst() {
        return newestFirst;
    }

    /** A score column: shown right-aligned. */
    boolean numeric() {
        return numeric;
    }

    static Optional<ListSort> parse(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
