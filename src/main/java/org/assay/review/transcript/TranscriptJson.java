package org.assay.review.transcript;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.assay.engine.score.GradeReport;
import org.assay.review.BreakdownJson;
import org.assay.review.Display;
import org.assay.review.second.SecondMarkingJson;
import org.assay.review.second.SecondMarkingState;
import org.assay.review.transcript.TranscriptService.Item;
import org.assay.review.transcript.TranscriptService.Loaded;
import org.assay.rubric.ExampleExplanation;
import org.assay.session.AttemptService;
import org.assay.session.IntegrityService;

/**
 * One attempt's transcript for GET /api/attempts/{id}/transcript: answers with the engine's full reports, overrides
 * and history. Under blind review the name and email are left out until the attempt is marked reviewed. While the
 * caller is to give the second marks, the answers carry the engine's scores only (no override, no final score), and
 * the recommendation, summary and score history are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TranscriptJson(long attemptId, String candidate, boolean nameHidden, String email, long assessmentId,
        String assessment, String status, Instant startedAt, Instant submittedAt, boolean reviewed,
        String reviewedBy, Instant reviewedAt, String recommendation, String summary, double automaticTotal,
        Double finalTotal, double maxTotal, List<AnswerJson> answers, List<HistoryJson> history, String reference,
        long extraTimeSeconds, IntegrityService.Summary integrity, SecondMarkingJson secondMarking) {

    /**
     * An answer; scores and report are absent until the engine has graded it.
     *
     * @param breakdown how finalScore adds up from the criteria, misconceptions and an adjustment
     * @param examples which scored examples moved the automatic score, by how much and why, with the rubric's own
     *        score apart; absent when none took part
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerJson(long answerId, int position, String qid, String title, String prompt, String answer,
            int secondsSpent, int saves, Long gradeId, Double automaticScore, Double finalScore, double max,
            OverrideJson override, BreakdownJson breakdown, GradeReport report, ExampleExplanation examples) {
    }

    /** A reviewer's score; gradeId is absent when the answer was scored before the engine graded it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OverrideJson(long id, Long gradeId, double score, String reviewer, String reason, Instant at) {
    }

    public record HistoryJson(Instant at, String actor, String action, String entityType, Long entityId,
            String before, String after) {
    }

    static TranscriptJson of(Loaded loaded) {
        var attempt = loaded.attempt();
        var blind = loaded.assessment().blindReview;
        var hidden = Display.nameHidden(blind, attempt.reviewed);
        var answers = loaded.items().stream().map(item -> answer(item, loaded.second().blind())).toList();
        var totals = loaded.totals();
        var second = loaded.second();
        boolean marksHidden = second.blind();
        var history = loaded.events().stream().map(e -> new HistoryJson(e.createdAt, e.actor, e.action,
                e.entityType, e.entityId, e.beforeValue, e.afterValue)).toList();
        return new TranscriptJson(attempt.id, Display.candidate(blind, attempt.reviewed, attempt.id,
                loaded.invitation().candidateName), hidden, hidden ? null : loaded.invitation().candidateEmail,
                loaded.assessment().id, loaded.assessment().title, attempt.status.name(), attempt.startedAt,
                attempt.submittedAt, attempt.reviewed, attempt.reviewedBy, attempt.reviewedAt,
                marksHidden ? null : attempt.recommendation, marksHidden ? null : attempt.summary,
                totals.automatic(), marksHidden ? null : totals.finalScore(), totals.max(),
                answers, history, AttemptService.reference(attempt),
                loaded.invitation().extraTime(loaded.assessment().timeLimitMinutes).toSeconds(),
                IntegrityService.summary(attempt), second.state() == SecondMarkingState.OFF ? null
                        : SecondMarkingJson.of(attempt.id, second, totals));
    }

    private static AnswerJson answer(Item item, boolean blind) {
        var a = item.answer();
        var score = item.score();
        var o = score.override();
        var override = o == null ? null : new OverrideJson(o.id(), o.gradeId(), o.score(), o.reviewer(), o.reason(),
                o.at());
        return new AnswerJson(a.id, a.position, a.question.qid, item.title(),
                item.rubric().map(r -> r.prompt()).orElse(item.title()), a.text, a.secondsSpent, a.saveCount,
                score.gradeId(), score.automatic(), blind ? null : score.score(), score.max(), override,
                BreakdownJson.of(item.breakdown()), item.report().orElse(null), item.examples().orElse(null));
    }
}
