package org.assay.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How review pages and exports write candidates, times and durations (numbers: {@link org.assay.web.Numbers}). */
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
