package org.assay.review;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditService;
import org.assay.grading.AttemptScores;
import org.assay.grading.GradingService;
import org.assay.grading.GradingWorker;
import org.assay.grading.SecondMark;
import org.assay.session.Answer;
import org.assay.session.AttemptStatus;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/**
 * The review's outcome: a recommendation and summary, then marking the attempt reviewed (or reopening it). Each
 * change is audited; a change sent from a page that showed an older state of the review is refused.
 */
@ApplicationScoped
public class DecisionService {

    /**
     * @param recommendation a {@link Recommendation} name, or empty for none yet
     * @param summary the written summary, may be empty
     * @param version the attempt version the reviewer saw; null skips the check
     */
    public record DecisionInput(String recommendation, String summary, Long version) {
    }

    private final AuditService audit;
    private final AssayConfig config;
    private final GradingService grading;
    private final GradingWorker worker;
    private final AttemptScores scores;
    private final Event<ReviewCompleted> completed;

    public DecisionService(AuditService audit, AssayConfig config, GradingService grading, GradingWorker worker,
            AttemptScores scores, Event<ReviewCompleted> completed) {
        this.completed = completed;
        this.audit = audit;
        this.scores = scores;
        this.config = config;
        this.grading = grading;
        this.worker = worker;
    }

    @Transactional
    public void decide(long attemptId, DecisionInput input, String actor) {
        var recommendation = input.recommendation() == null ? "" : input.recommendation().strip();
        var summary = input.summary() == null ? "" : input.summary().strip();
        int summaryChars = config.review().summaryChars();
        var errors = new FormErrors.Builder()
                .addIf(!recommendation.isEmpty() && Recommendation.parse(recommendation).isEmpty(), "recommendation",
                        "Choose one of the recommendations, or none yet.")
                .addIf(summary.length() > summaryChars, "summary", "Keep the summary to " + summaryChars
                        + " characters or fewer (it has " + summary.length() + ").")
                .build();
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        var attempt = ReviewLocks.lockOpen(attemptId, "change the recommendation or summary");
        ReviewLocks.checkVersion(attempt, input.version());
        var before = describe(attempt.recommendation, attempt.summary);
        attempt.recommendation = recommendation.isEmpty() ? null : recommendation;
        attempt.summary = summary.isEmpty() ? null : summary;
        var after = describe(attempt.recommendation, attempt.summary);
        if (!before.equals(after)) {
            audit.record(actor, ReviewAudit.DECISION_SAVED, ReviewAudit.ATTEMPT, attempt.id, before, after);
        }
    }

    @Transactional
    public void markReviewed(long attemptId, Long version, String actor) {
        var attempt = ReviewLocks.lockOpen(attemptId, "mark it reviewed");
        ReviewLocks.checkVersion(attempt, version);
        long unscored = scores.answers(attemptId).stream().filter(score -> !score.scored()).count();
        if (unscored > 0) {
            throw new ReviewConflictException(unscored + (unscored == 1 ? " answer has" : " answers have")
                    + " no score yet. Wait for grading, retry it, or score "
                    + (unscored == 1 ? "it" : "them") + " by hand first.");
        }
        attempt.reviewed = true;
        attempt.reviewedBy = actor;
        attempt.reviewedAt = Instant.now();
        audit.record(actor, ReviewAudit.MARKED_REVIEWED, ReviewAudit.ATTEMPT, attempt.id, "not reviewed",
                "reviewed");
        completed.fire(new ReviewCompleted(attempt.id, actor));
    }

    /**
     * Puts an answer whose grading failed back in the queue at once.
     *
     * @throws ReviewConflictException when the answer is not waiting to be graded
     */
    public void retryGrading(long attemptId, long answerId, String actor) {
        retry(attemptId, answerId, actor);
        worker.wake();
    }

    @Transactional
    void retry(long attemptId, long answerId, String actor) {
        Answer answer = Answer.<Answer>findByIdOptional(answerId).filter(a -> a.attempt.id == attemptId)
                .orElseThrow(() -> new NotFoundException("There is no answer " + answerId + " in attempt "
                        + attemptId + "."));
        if (!grading.retry(answer.id)) {
            throw new ReviewConflictException("Question " + answer.position + " is not waiting to be graded.");
        }
        audit.record(actor, ReviewAudit.GRADING_RETRIED, ReviewAudit.ANSWER, answer.id, "grading failed",
                "grading queued again");
    }

    @Transactional
    public void reopen(long attemptId, Long version, String actor) {
        var attempt = ReviewLocks.lock(attemptId);
        ReviewLocks.checkVersion(attempt, version);
        if (attempt.status != AttemptStatus.SUBMITTED || !attempt.reviewed) {
            throw new ReviewConflictException("This attempt is not marked reviewed, so there is nothing to reopen.");
        }
        if (SecondMark.count("answer.attempt.id", attempt.id) > 0) {
            // The first marking was compared with the second, blind: changing it now would undo that comparison
            throw new ReviewConflictException("This attempt has been second-marked, so its first marking stays as"
                    + " it was. Where the two marks disagree, an adjudicator decides.");
        }
        var before = "reviewed by " + attempt.reviewedBy + " at " + Display.time(attempt.reviewedAt);
        attempt.reviewed = false;
        attempt.reviewedBy = null;
        attempt.reviewedAt = null;
        audit.record(actor, ReviewAudit.REOPENED, ReviewAudit.ATTEMPT, attempt.id, before, "not reviewed");
    }

    private static String describe(String recommendation, String summary) {
        var label = recommendation == null ? "none" : Recommendation.labelOf(recommendation);
        return "Recommendation: " + label + ". Summary: " + (summary == null ? "none" : summary);
    }
}
