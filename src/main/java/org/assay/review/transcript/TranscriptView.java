package org.assay.review.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.engine.rubric.ExampleKind;
import org.assay.review.Recommendation;
import org.assay.rubric.ExampleExplanation;
import org.assay.session.IntegrityService;
import org.assay.web.FormErrors;

/**
 * Everything the transcript page shows about one attempt, built by {@link TranscriptService} so the template never
 * walks entities.
 *
 * @param header who, which assessment, status and the review decision
 * @param totals automatic and final totals
 * @param questions one entry per question, in assessment order
 * @param history audit events of the attempt and its answers, oldest first
 * @param decision the recommendation and summary form
 * @param alert a message for the top of the page after a refused form, empty otherwise
 * @param second the second-marking panel
 */
public record TranscriptView(Header header, Totals totals, List<QuestionView> questions, List<HistoryLine> history,
        DecisionForm decision, String alert, SecondMarkingView second) {

    /** The same page with one question's override form replaced (typed values, errors or a conflict). */
    public TranscriptView withOverride(long answerId, OverrideForm form, String alert) {
        var replaced = questions.stream().map(q -> q.answerId() == answerId ? q.withForm(form) : q).toList();
        return new TranscriptView(header, totals, replaced, history, decision, alert, second);
    }

    /** The same page with one question's criteria form replaced (typed marks, errors or a conflict). */
    public TranscriptView withCriteria(long answerId, CriteriaForm form, Map<String, String> points,
            Set<String> applies, String alert) {
        var replaced = questions.stream().map(q -> q.answerId() == answerId ? q.withCriteria(form, points, applies)
                : q).toList();
        return new TranscriptView(header, totals, replaced, history, decision, alert, second);
    }

    /** The same page with the decision form replaced. */
    public TranscriptView withDecision(DecisionForm form, String alert) {
        return new TranscriptView(header, totals, questions, history, form, alert, second);
    }

    public TranscriptView withAlert(String message) {
        return new TranscriptView(header, totals, questions, history, decision, message, second);
    }

    /** The same page with the second-marking panel replaced (typed marks, errors). */
    public TranscriptView withSecond(SecondMarkingView panel, String message) {
        return new TranscriptView(header, totals, questions, history, decision, message, panel);
    }

    public record Header(long attemptId, String candidate, boolean nameHidden, String email, long assessmentId,
            String assessment, String status, boolean submitted, String startedAt, String submittedAt,
            boolean reviewed, String reviewedBy, String reviewedAt, String recommendation, String summary,
            long version, String reference, String timeAllowed, IntegrityService.Summary integrity) {

        public String statusClass() {
            return submitted ? "submitted" : "in-progress";
        }

        /** Scores and the decision change only while the attempt is submitted and not marked reviewed. */
        public boolean editable() {
            return submitted && !reviewed;
        }

        public String recommendationLabel() {
            return Recommendation.labelOf(recommendation);
        }
    }

    /**
     * @param automatic sum of the engine's current scores
     * @param finalScore sum of overrides where given, engine scores elsewhere
     * @param overridden how many questions carry an override
     * @param flags how many flags the engine raised
     * @param graded how many answers have a grade
     * @param scored how many answers have a score, the engine's or a reviewer's
     * @param finalHidden the viewer marks blind: only the engine's scores show
     */
    public record Totals(String automatic, String finalScore, String max, int overridden, int flags, int graded,
            int questions, int scored, boolean finalHidden) {

        public boolean allScored() {
            return scored == questions;
        }

        public int unscored() {
            return questions - scored;
        }

        public boolean changed() {
            return overridden > 0;
        }

        public boolean allGraded() {
            return graded == questions;
        }
    }

    /** Kinds an admin may give an answer kept as a graded example, as written in examples files. */
    public List<String> exampleKinds() {
        return ExampleKind.yamlNames();
    }

    /**
     * @param bankKey the bank of the question, for the link to its graded examples
     * @param settled a person has settled the score (overridden it, or marked the attempt reviewed), so the answer
     *        can be kept as a graded example
     * @param kept the answer is already a graded example, so it is linked rather than offered again
     * @param examples which scored examples moved the engine's score and why; null when none took part
     * @param teaches a reviewer's score of this answer serves as a scored example for grading the question
     */
    public record QuestionView(long answerId, int position, String qid, String bankKey, String title, String prompt,
            List<Segment> segments, boolean blank, List<CriterionView> criteria,
            List<MisconceptionView> misconceptions, List<FlagView> flags, String timeSpent, int saves,
            ScoreView score, boolean settled, boolean kept, OverrideForm form, List<SimilarView> similar,
            SumView sum, CriteriaForm criteriaForm, ExampleExplanation examples, boolean teaches) {

        QuestionView withForm(OverrideForm replacement) {
            return new QuestionView(answerId, position, qid, bankKey, title, prompt, segments, blank, criteria,
                    misconceptions, flags, timeSpent, saves, score, settled, kept, replacement, similar, sum,
                    criteriaForm, examples, teaches);
        }

        QuestionView withCriteria(CriteriaForm replacement, Map<String, String> points,
                Set<String> applies) {
            var typed = criteria.stream().map(c -> c.withValue(points.getOrDefault(c.id(), c.value()))).toList();
            var checked = misconceptions.stream().map(m -> m.withChecked(applies.contains(m.id()))).toList();
            return new QuestionView(answerId, position, qid, bankKey, title, prompt, segments, blank, typed,
                    checked, flags, timeSpent, saves, score, settled, kept, form, similar, sum, replacement,
                    examples, teaches);
        }

        /** A blank answer nobody has scored by hand shows only that it scores nothing. */
        public boolean noAnswer() {
            return blank && !score.overridden();
        }

        /** The misconceptions that take points off this answer. */
        public List<MisconceptionView> applying() {
            return misconceptions.stream().filter(MisconceptionView::applies).toList();
        }

        public String anchor() {
            return "q" + position;
        }

        public String examplesPath() {
            return "/admin/banks/" + bankKey + "/questions/" + qid + "/examples";
        }
    }

    /**
     * @param graded whether the engine has graded the answer
     * @param regradedSince the override was given on an older grade than the current one
     * @param confidence how firmly the evidence supports the automatic score, as a percentage; empty if unknown
     * @param grading graded, waiting (queued or being graded) or failed
     * @param failure why grading failed, empty otherwise
     * @param channels the engine's channels that produced the grade, empty when not recorded
     * @param finalHidden the viewer marks blind: only the engine's score shows
     */
    public record ScoreView(boolean graded, String automatic, String finalScore, String max, boolean overridden,
            String overrideBy, String overrideAt, String overrideReason, boolean regradedSince, String confidence,
            String grading, String failure, String channels, boolean finalHidden) {

        /** The answer has a score: the engine's or a reviewer's. */
        public boolean scored() {
            return graded || overridden;
        }

        /** The engine tried to grade the answer and failed; a person can retry or score it. */
        public boolean failed() {
            return "failed".equals(grading);
        }
    }

    /**
     * @param enginePoints what the engine awarded, shown when a reviewer changed it
     * @param value the points in the criteria form: the current ones, or what the reviewer typed
     */
    public record CriterionView(String ref, String id, String label, String status, String statusClass,
            String points, String max, List<EvidenceLine> evidence, String enginePoints, boolean changed,
            String value) {

        /** The form field its errors are reported under. */
        public String errorKey() {
            return "c-" + id;
        }

        CriterionView withValue(String typed) {
            return new CriterionView(ref, id, label, status, statusClass, points, max, evidence, enginePoints,
                    changed, typed);
        }
    }

    /**
     * @param applies it takes its penalty off this answer
     * @param found the engine found it
     * @param changed a reviewer decided differently from the engine
     * @param checked ticked in the criteria form
     */
    public record MisconceptionView(String ref, String id, String label, String penalty, List<EvidenceLine> evidence,
            boolean applies, boolean found, boolean changed, boolean checked) {

        MisconceptionView withChecked(boolean ticked) {
            return new MisconceptionView(ref, id, label, penalty, evidence, applies, found, changed, ticked);
        }
    }

    /**
     * How the score adds up: criteria minus misconceptions (kept within 0 and the maximum) plus the adjustment.
     *
     * @param byReviewer the adjustment is a reviewer's, not the engine's
     */
    public record SumView(String criteriaPoints, String penalties, String base, String adjustment, boolean adjusted,
            boolean byReviewer, String score, String max) {
    }

    /**
     * The criteria form of one question; criteria's points and misconceptions' ticks are in their views.
     *
     * @param adjustment the free adjustment as shown or typed
     */
    public record CriteriaForm(String adjustment, String reason, long gradeId, long overrideId, FormErrors errors,
            String conflict) {

        public boolean refused() {
            return errors.any() || !conflict.isEmpty();
        }
    }

    /**
     * One piece of evidence as listed under its criterion: the text, what it matched and how, and whether what it
     * matched is a loose expression, one that many answers say in passing.
     */
    public record EvidenceLine(String text, String matched, String kind, String how, boolean negated,
            boolean loose) {
    }

    /**
     * @param title the flag in a few words
     * @param message what the engine saw, in its words
     * @param explanation what the flag means for the reviewer
     */
    public record FlagView(String code, String title, String message, String explanation) {
    }

    /**
     * Another candidate's answer to the same question that this answer largely repeats, shown side by side.
     *
     * @param share the share of this answer's words that repeat the other, as a percentage
     * @param link the other answer in its transcript
     * @param here this answer, with the repeated runs marked
     * @param there the other answer, with the same runs marked
     */
    public record SimilarView(String otherCandidate, String share, int words, String link, List<Piece> here,
            List<Piece> there) {
    }

    /** A run of an answer's text, marked when it repeats the other answer. */
    public record Piece(String text, boolean repeated) {
    }

    public record HistoryLine(String at, String actor, String what, String before, String after) {
    }

    /**
     * The override form of one question.
     *
     * @param gradeId the grade the reviewer is looking at
     * @param overrideId the override the reviewer is looking at, 0 when there is none
     * @param conflict why the last submission was refused because of someone else's change; empty otherwise
     */
    public record OverrideForm(String score, String reason, long gradeId, long overrideId, FormErrors errors,
            String conflict) {

        public boolean refused() {
            return errors.any() || !conflict.isEmpty();
        }
    }

    /** The recommendation and summary form; {@code version} is the attempt version the reviewer saw. */
    public record DecisionForm(String recommendation, String summary, long version, FormErrors errors,
            String conflict, List<Option> options, int summaryChars) {

        /** The form with the recommendation choices, {@code recommendation} selected ("" for none yet). */
        public static DecisionForm of(String recommendation, String summary, long version, FormErrors errors,
                String conflict, int summaryChars) {
            var options = new ArrayList<Option>();
            options.add(new Option("", "No recommendation yet", recommendation.isEmpty()));
            for (var r : Recommendation.values()) {
                options.add(new Option(r.name(), r.label(), r.name().equals(recommendation)));
            }
            return new DecisionForm(recommendation, summary, version, errors, conflict, options, summaryChars);
        }
    }

    public record Option(String value, String label, boolean selected) {
    }
}
