package org.assay.review.transcript;

import java.util.List;
import java.util.Map;

import org.assay.review.second.SecondMarkingState;
import org.assay.review.second.SecondMarkingStatus;
import org.assay.web.FormErrors;
import org.assay.web.Numbers;

/**
 * The transcript's second-marking panel: the state, the blind second-marking form, and once both marks are in, each
 * answer's marks with the adjudication forms.
 *
 * @param shown the assessment has second marking (or the attempt has second marks)
 * @param blind the viewer is to give the second marks, so the first marking's scores are hidden
 * @param typed the second marks as typed, by answer id, after a refused form
 * @param errors the second-marking form's errors, by field ({@code second-<answerId>}, {@code note})
 */
public record SecondMarkingView(String state, String stateKey, String explanation, boolean shown, boolean blind,
        boolean mayMarkSecond, boolean mayAdjudicate, boolean bothIn, String firstReviewers, String secondReviewer,
        String threshold, List<MarkRow> rows, Map<Long, String> typed, String note, FormErrors errors) {

    /**
     * One answer's marks.
     *
     * @param awaiting its marks disagree and no adjudicator has decided yet
     * @param form the adjudication form, as typed after a refusal
     */
    public record MarkRow(long answerId, int position, String title, String max, String first, String second,
            boolean disagreement, boolean awaiting, String adjudicated, String adjudicatedBy,
            String adjudicationReason, String finalScore, AdjudicationForm form) {

        MarkRow withForm(AdjudicationForm replacement) {
            return new MarkRow(answerId, position, title, max, first, second, disagreement, awaiting, adjudicated,
                    adjudicatedBy, adjudicationReason, finalScore, replacement);
        }
    }

    public record AdjudicationForm(String score, String reason, FormErrors errors) {

        static final AdjudicationForm EMPTY = new AdjudicationForm("", "", FormErrors.NONE);
    }

    static SecondMarkingView of(SecondMarkingStatus status, Map<Long, String> titles) {
        var rows = status.answers().stream().map(m -> new MarkRow(m.answerId(), m.position(),
                titles.getOrDefault(m.answerId(), ""), Numbers.points(m.max()), Numbers.points(m.first()),
                Numbers.points(m.second()), m.disagreement(), m.awaitsAdjudication(),
                m.adjudication() == null ? "" : Numbers.points(m.adjudication().score()),
                m.adjudication() == null ? "" : m.adjudication().by(),
                m.adjudication() == null ? "" : m.adjudication().reason(), Numbers.points(m.finalScore()),
                AdjudicationForm.EMPTY)).toList();
        var state = status.state();
        return new SecondMarkingView(state.label(), state.key(), status.explanation(),
                state != SecondMarkingState.OFF, status.blind(), status.mayMarkSecond(), status.mayAdjudicate(),
                state.bothIn(), String.join(", ", status.firstReviewers()), status.secondReviewer(),
                status.settings().describe(), rows, Map.of(), "", FormErrors.NONE);
    }

    /** The second mark typed for an answer, empty when none. */
    public String typedScore(long answerId) {
        return typed.getOrDefault(answerId, "");
    }

    public String scoreField(long answerId) {
        return "second-" + answerId;
    }

    /** The same panel with the second-marking form as typed, and its errors. */
    public SecondMarkingView withTyped(Map<Long, String> scores, String typedNote, FormErrors found) {
        return new SecondMarkingView(state, stateKey, explanation, shown, blind, mayMarkSecond, mayAdjudicate, bothIn,
                firstReviewers, secondReviewer, threshold, rows, Map.copyOf(scores), typedNote, found);
    }

    /** The same panel with one answer's adjudication form as typed. */
    public SecondMarkingView withAdjudication(long answerId, AdjudicationForm form) {
        var replaced = rows.stream().map(r -> r.answerId() == answerId ? r.withForm(form) : r).toList();
        return new SecondMarkingView(state, stateKey, explanation, shown, blind, mayMarkSecond, mayAdjudicate, bothIn,
                firstReviewers, secondReviewer, threshold, replaced, typed, note, errors);
    }
}
