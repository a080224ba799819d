package org.assay.review.second;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assay.grading.AnswerScore;

/**
 * Who sees an attempt's first marking while the attempt waits for its second mark: only those who gave it. Everyone
 * else sees the engine's scores and no decision, so whoever may still give the second marks marks blind. The
 * transcript, the list, the exports, the invitation API and the statistics all ask here.
 */
public final class FirstMarkingVisibility {

    private FirstMarkingVisibility() {
    }

    /**
     * An attempt as far as its visibility goes.
     *
     * @param secondMarking its assessment has second marking on
     * @param reviewedBy who marked it reviewed; null before
     */
    public record Marking(boolean secondMarking, boolean submitted, boolean reviewed, String reviewedBy) {
    }

    /** The attempt was marked reviewed under second marking and none of its answers has a second mark yet. */
    public static boolean awaitsSecondMark(Marking attempt, List<AnswerScore> scores) {
        return attempt.secondMarking() && attempt.submitted() && attempt.reviewed()
                && scores.stream().noneMatch(AnswerScore::secondMarked);
    }

    /** Who marked first: the reviewer who marked the attempt reviewed and anyone whose override counts. */
    public static Set<String> firstMarkers(Marking attempt, List<AnswerScore> scores) {
        var first = new LinkedHashSet<String>();
        if (attempt.reviewedBy() != null) {
            first.add(attempt.reviewedBy());
        }
        scores.stream().filter(AnswerScore::overridden).forEach(s -> first.add(s.override().reviewer()));
        return first;
    }

    /** The first marking must stay hidden from {@code viewer}. */
    public static boolean hiddenFrom(String viewer, Marking attempt, List<AnswerScore> scores) {
        return awaitsSecondMark(attempt, scores) && !firstMarkers(attempt, scores).contains(viewer);
    }

    /** The scores {@code viewer} may see: the engine's alone while the first marking is hidden from them. */
    public static List<AnswerScore> asSeenBy(String viewer, Marking attempt, List<AnswerScore> scores) {
        return seen(hiddenFrom(viewer, attempt, scores), scores);
    }

    /** The scores, reduced to the engine's when the first marking is {@code hidden}. */
    public static List<AnswerScore> seen(boolean hidden, List<AnswerScore> scores) {
        return hidden ? scores.stream().map(AnswerScore::engineOnly).toList() : scores;
    }
}
