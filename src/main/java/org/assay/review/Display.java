package org.assay.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How review pages and exports write candidates, points, times and durations. */
public final class Display {

    /** Same rule as {@link #candidate} in SQL, for sorting and searching; needs aliases t (attempt), i, s. */
    public static final String CANDIDATE_SQL = "case when s.blind_review = true and t.reviewed = false"
            + " then concat('Candidate #', cast(t.id as varchar(20))) else i.candidate_name end";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Display() {
    }

    /** Whether the candidate's name is hidden: blind review hides it until the attempt is marked reviewed. */
    public static boolean nameHidden(boolean blindReview, boolean reviewed) {
        return blindReview && !reviewed;
    }

    public static String candidate(boolean blindReview, boolean reviewed, long attemptId, String name) {
        return nameHidden(blindReview, reviewed) ? "Candidate #" + attemptId : name;
    }

    /** Points with at most two decimals and no trailing zeros: 7, 6.5, 3.33. */
    public static String points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Points, or an empty string when there are none (not graded). */
    public static String points(Double value) {
        return value == null ? "" : points(value.doubleValue());
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A duration in seconds as "12 min 5 s". */
    public static String duration(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int minutes = seconds / 60;
        return seconds % 60 == 0 ? minutes + " min" : minutes + " min " + seconds % 60 + " s";
    }
}
