package org.assay.review.export;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.assay.session.IntegrityService;

/**
 * An assessment's results, a row per attempt and a column per question: what GET /api/assessments/{id}/results
 * returns and what the CSV export writes. Names stay hidden under blind review until an attempt is marked reviewed.
 */
public record Results(long assessmentId, String assessment, boolean blindReview, List<QuestionColumn> questions,
        List<CandidateResult> candidates) {

    public record QuestionColumn(long questionId, int position, String qid, String title) {

        public String heading() {
            return qid + " " + title;
        }
    }

    /**
     * @param automaticTotal the engine's total; absent until graded
     * @param finalTotal the total with reviewers' overrides; absent until graded
     * @param questions the scores in question order
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CandidateResult(long attemptId, String candidate, boolean nameHidden, String email, String status,
            Instant submittedAt, boolean reviewed, String recommendation, Double automaticTotal, Double finalTotal,
            Double maxTotal, List<QuestionResult> questions, IntegrityService.Summary integrity) {
    }

    /**
     * One question's scores; absent when the answer is not graded.
     *
     * @param flags what the engine asks a person to look at, each code with its plain-language title
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(String qid, Double automatic, Double finalScore, Double max, boolean overridden,
            List<FlagText> flags) {
    }

    /** A flag's code and what it means in plain words. */
    public record FlagText(String code, String text) {
    }
}
