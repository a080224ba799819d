package org.assay.review.second;

import java.util.List;
import java.util.Set;

import org.assay.assessment.SecondMarkingSettings;
import org.assay.grading.AnswerScore;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;

/**
 * An attempt's second marking as one person sees it.
 *
 * @param firstReviewers who marked first: the reviewer who marked the attempt reviewed and anyone whose override
 *        counts
 * @param secondReviewer who second-marked; empty before
 * @param blind the viewer must not see the first marking's scores (the attempt waits for a second mark and the
 *        viewer did not mark it first)
 * @param mayMarkSecond the viewer may give the second marks now
 * @param mayAdjudicate the viewer may adjudicate now: both marks are in and the viewer gave neither
 * @param answers each answer's marks; empty while blind
 */
public record SecondMarkingStatus(SecondMarkingState state, SecondMarkingSettings settings,
        Set<String> firstReviewers, String secondReviewer, boolean blind, boolean mayMarkSecond,
        boolean mayAdjudicate, List<AnswerMarks> answers) {

    /**
     * One answer's marks.
     *
     * @param first the first marking's score; null when nobody scored it
     * @param disagreement the two marks differ by more than the threshold, so an adjudicator decides
     * @param finalScore the score that counts ({@link AnswerScore#score()})
     */
    public record AnswerMarks(long answerId, int position, double max, Double first, Double second,
            boolean disagreement, AnswerScore.Marking adjudication, Double finalScore) {

        public boolean awaitsAdjudication() {
            return disagreement && adjudication == null;
        }
    }

    public static SecondMarkingStatus of(SecondMarkingSettings settings, Attempt attempt, List<AnswerScore> scores,
            String viewer) {
        var marking = marking(settings, attempt);
        var first = FirstMarkingVisibility.firstMarkers(marking, scores);
        var second = scores.stream().filter(AnswerScore::secondMarked).map(s -> s.second().by()).findFirst()
                .orElse("");
        var marks = scores.stream().map(s -> marks(settings, s)).toList();
        var state = state(settings, attempt, marks, !second.isEmpty());
        boolean firstSide = first.contains(viewer);
        boolean blind = FirstMarkingVisibility.hiddenFrom(viewer, marking, scores);
        boolean adjudicable = state == SecondMarkingState.NEEDS_ADJUDICATION
                || state == SecondMarkingState.ADJUDICATED;
        return new SecondMarkingStatus(state, settings, first, second, blind, blind,
                adjudicable && !firstSide && !viewer.equals(second), blind ? List.of() : marks);
    }

    /** The attempt as {@link FirstMarkingVisibility} reads it. */
    public static FirstMarkingVisibility.Marking marking(SecondMarkingSettings settings, Attempt attempt) {
        return new FirstMarkingVisibility.Marking(settings.on(), attempt.status == AttemptStatus.SUBMITTED,
                attempt.reviewed, attempt.reviewedBy);
    }

    /** The answers an adjudicator decides: their marks disagree. */
    public List<AnswerMarks> disagreements() {
        return answers.stream().filter(AnswerMarks::disagreement).toList();
    }

    /** A sentence on what happens next, for the transcript. */
    public String explanation() {
        return switch (state) {
            case OFF -> "";
            case FIRST_MARKING -> "A first reviewer scores the answers and marks the attempt reviewed; then a second"
                    + " reviewer marks it without seeing those scores.";
            case SECOND_MARKING -> blind ? "Give your own score for each answer. The first reviewer's scores stay"
                    + " hidden until yours are in." : "Waiting for a second reviewer. Their marks stay hidden from"
                    + " you until every answer has one.";
            case NEEDS_ADJUDICATION -> disagreements().stream().filter(AnswerMarks::awaitsAdjudication).count()
                    + " of the answers have marks " + settings.describe() + ": an adjudicator decides their scores.";
            case ADJUDICATED -> "An adjudicator decided the answers whose marks were " + settings.describe()
                    + "; the others count the mean of the two marks.";
            case AGREED -> "Every answer's two marks are within the threshold; each counts their mean.";
        };
    }

    private static AnswerMarks marks(SecondMarkingSettings settings, AnswerScore score) {
        var first = score.firstScore();
        var second = score.secondMarked() ? score.second().score() : null;
        boolean disagreement = first != null && second != null && settings.disagree(first, second, score.max());
        return new AnswerMarks(score.answerId(), score.position(), score.max(), first, second, disagreement,
                score.adjudication(), score.score());
    }

    private static SecondMarkingState state(SecondMarkingSettings settings, Attempt attempt, List<AnswerMarks> marks,
            boolean secondMarked) {
        if (attempt.status != AttemptStatus.SUBMITTED || !settings.on() && !secondMarked) {
            return SecondMarkingState.OFF;
        }
        if (!secondMarked) {
            return attempt.reviewed ? SecondMarkingState.SECOND_MARKING : SecondMarkingState.FIRST_MARKING;
        }
        if (marks.stream().anyMatch(AnswerMarks::awaitsAdjudication)) {
            return SecondMarkingState.NEEDS_ADJUDICATION;
        }
        return marks.stream().anyMatch(m -> m.adjudication() != null) ? SecondMarkingState.ADJUDICATED
                : SecondMarkingState.AGREED;
    }
}
