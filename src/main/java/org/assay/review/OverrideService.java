package org.assay.review;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditService;
import org.assay.grading.AnswerScore;
import org.assay.grading.AttemptScores;
import org.assay.grading.Grade;
import org.assay.grading.ScoreOverride;
import org.assay.session.Answer;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Numbers;

/** A reviewer replaces the engine's score of one answer, with a reason. Overrides are append-only and audited. */
@ApplicationScoped
public class OverrideService {

    /** Longest score text read; anything longer is not a score. */
    private static final int SCORE_TEXT_MAX = 32;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Most digits a score may have before or after the point. */
    private static final int ORDINARY_DIGITS = 12;

    /**
     * A new score as sent.
     *
     * @param attemptId the attempt the answer must belong to; null for any
     * @param score the score as typed
     * @param reason why the score changes
     * @param gradeId the grade the reviewer saw; null skips the check (scripts)
     * @param overrideId the override the reviewer saw, 0 for none; null skips the check (the API requires it)
     */
    public record OverrideInput(Long attemptId, String score, String reason, Long gradeId, Long overrideId) {
    }

    /** The saved override with the attempt's new totals. */
    public record OverrideResult(long overrideId, long answerId, long attemptId, int position, double score,
            Double automaticScore, double max, AttemptScores.Totals totals) {
    }

    private final AuditService audit;
    private final AttemptScores scores;
    private final AssayConfig config;

    public OverrideService(AuditService audit, AttemptScores scores, AssayConfig config) {
        this.audit = audit;
        this.scores = scores;
        this.config = config;
    }

    @Transactional
    public OverrideResult override(long answerId, OverrideInput input, String reviewer) {
        Answer answer = Answer.<Answer>findByIdOptional(answerId)
                .filter(a -> input.attemptId() == null || input.attemptId().equals(a.attempt.id))
                .orElseThrow(() -> new NotFoundException("There is no answer " + answerId + "."));
        var attempt = ReviewLocks.lockOpen(answer.attempt.id, "change a score");
        // An answer the engine has not graded (or could not) is scored by hand, against its question's points
        var current = scores.answer(answer.id);
        var score = validate(input, current.max());
        checkSeen(input, current);

        var override = new ScoreOverride();
        override.answer = answer;
        override.grade = current.graded() ? Grade.findById(current.gradeId()) : null;
        override.reviewer = reviewer;
        override.score = score;
        override.reason = input.reason().strip();
        override.persistAndFlush();
        var max = Numbers.points(current.max());
        var before = current.overridden() ? Numbers.points(current.override().score()) + " of " + max + ", set by "
                + current.override().reviewer() + ": " + current.override().reason()
                : current.graded() ? Numbers.points(current.automatic()) + " of " + max + ", automatic"
                        : "not graded";
        audit.record(reviewer, ReviewAudit.SCORE_OVERRIDDEN, ReviewAudit.ANSWER, answer.id, before,
                Numbers.points(score) + " of " + max + ": " + override.reason);
        return new OverrideResult(override.id, answer.id, attempt.id, answer.position, score, current.automatic(),
                current.max(), scores.totals(attempt.id));
    }

    private double validate(OverrideInput input, double max) {
        var errors = new FormErrors.Builder();
        var text = input.score() == null ? "" : input.score().strip();
        var maxText = Numbers.points(max);
        if (text.isEmpty()) {
            errors.add("score", "Enter the new score, from 0 to " + maxText + ".");
        }
        var score = parse(text);
        if (!text.isEmpty() && score.isEmpty()) {
            errors.add("score", "Enter a number, such as 7 or 6.5.");
        }
        score.ifPresent(s -> errors
                .addIf(!ordinary(s) || s.signum() < 0 || s.compareTo(BigDecimal.valueOf(max)) > 0, "score",
                        "Enter a score from 0 to " + maxText + ".")
                .addIf(ordinary(s) && s.multiply(TWO).stripTrailingZeros().scale() > 0, "score",
                        "Use whole or half points, such as 7 or 6.5."));
        var reason = input.reason() == null ? "" : input.reason().strip();
        int reasonChars = config.review().reasonChars();
        errors.addIf(reason.isEmpty(), "reason", "Give a reason for the change; it is kept in the history.")
                .addIf(reason.length() > reasonChars, "reason",
                        "Keep the reason to " + reasonChars + " characters or fewer (it has " + reason.length()
                                + ").");
        var found = errors.build();
        if (found.any()) {
            throw new InvalidInputException(found);
        }
        return score.orElseThrow().doubleValue();
    }

    /**
     * A number of ordinary size: "1E+400000000" is short to send, but comparing or rounding it would build a number
     * of hundreds of millions of digits.
     */
    private static boolean ordinary(BigDecimal score) {
        return Math.abs(score.scale()) <= ORDINARY_DIGITS && score.precision() - score.scale() <= ORDINARY_DIGITS;
    }

    private static Optional<BigDecimal> parse(String text) {
        if (text.isEmpty() || text.length() > SCORE_TEXT_MAX) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Refuses the change when the reviewer was looking at an older grade or override than the current one. */
    private static void checkSeen(OverrideInput input, AnswerScore current) {
        var seen = current.override();
        long currentId = seen == null ? 0L : seen.id();
        if (input.overrideId() != null && input.overrideId() != currentId) {
            var message = seen == null ? "The score you were changing is no longer current."
                    : seen.reviewer() + " changed this score to " + Numbers.points(seen.score()) + " of "
                            + Numbers.points(current.max()) + " at " + Display.time(seen.at())
                            + " while you were editing, with the reason: \"" + seen.reason() + "\".";
            throw new ReviewConflictException(message + " Your score and reason are still in the form: check the"
                    + " new score, then send it again if you still want to change it.");
        }
        long gradeId = current.graded() ? current.gradeId() : 0L;
        if (input.gradeId() != null && input.gradeId() != gradeId) {
            throw new ReviewConflictException((current.graded() ? "The engine regraded this answer while you were"
                    + " editing: its automatic score is now " + Numbers.points(current.automatic()) + " of "
                    + Numbers.points(current.max()) + "." : "The answer you were scoring has changed.")
                    + " Your score and reason are still in the form: check, then send them again.");
        }
    }
}
