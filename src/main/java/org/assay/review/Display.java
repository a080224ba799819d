package org.assay.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

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

    /** A time as exports write it: ISO 8601 to the second, in UTC with its zone ("2026-03-01T09:30:05Z"). */
    public static String isoTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** An attempt's status as people write it: "in progress", "submitted". */
    public static String status(String stored) {
        return stored == null ? "" : stored.toLowerCase(Locale.ROOT).replace('_', ' ');
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
