package org.assay.review.second;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.assay.grading.AttemptScores;

/**
 * An attempt's second marking for the API. While the caller must mark blind, {@code answers} is empty and the
 * totals are absent, so nothing of the first marking shows.
 *
 * @param state first-marking, second-marking, needs-adjudication, adjudicated, agreed, or off
 * @param mayMarkSecond the caller may send the second marks now
 * @param mayAdjudicate the caller may adjudicate the answers whose marks disagree
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecondMarkingJson(long attemptId, String state, String label, String threshold, boolean blind,
        boolean mayMarkSecond, boolean mayAdjudicate, List<String> firstReviewers, String secondReviewer,
        List<AnswerJson> answers, Double finalTotal, Double automaticTotal, Double maxTotal) {

    /**
     * One answer's marks.
     *
     * @param first the first marking's score (the override, else the engine's)
     * @param disagreement the marks differ by more than the threshold, so an adjudicator decides
     * @param finalScore the score that counts: the adjudication, else the mean of the two marks, else the first
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerJson(long answerId, int question, double max, Double first, Double second,
            boolean disagreement, Double adjudicated, String adjudicatedBy, String adjudicationReason,
            Instant adjudicatedAt, Double finalScore) {
    }

    public static SecondMarkingJson of(long attemptId, SecondMarkingStatus status, AttemptScores.Totals totals) {
        var answers = status.answers().stream().map(m -> new AnswerJson(m.answerId(), m.position(), m.max(),
                m.first(), m.second(), m.disagreement(), m.adjudication() == null ? null : m.adjudication().score(),
                m.adjudication() == null ? null : m.adjudication().by(),
                m.adjudication() == null ? null : m.adjudication().reason(),
                m.adjudication() == null ? null : m.adjudication().at(), m.finalScore())).toList();
        boolean hide = status.blind();
        return new SecondMarkingJson(attemptId, status.state().key(), status.state().label(),
                status.settings().describe(), status.blind(), status.mayMarkSecond(), status.mayAdjudicate(),
                List.copyOf(status.firstReviewers()), status.secondReviewer().isEmpty() ? null
                        : status.secondReviewer(), answers, hide ? null : totals.finalScore(),
                hide ? null : totals.automatic(), hide ? null : totals.max());
    }
}
