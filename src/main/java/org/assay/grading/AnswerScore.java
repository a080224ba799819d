package org.assay.grading;

import java.time.Instant;
import java.util.List;

/**
 * An answer's score now, and why: the engine's current grade (its newest) and, when a reviewer changed the score,
 * the current override with who, when and why. Every page, export and API reads scores through this type, built by
 * {@link AttemptScores}; the totals it sums to are {@link AttemptScores.Totals}.
 *
 * @param gradeId the current grade; null while the engine has not graded the answer
 * @param automatic the current grade's score; null while not graded
 * @param max the current grade's maximum, else the points of the rubric version the answer was given under
 * @param flags how many flags the current grade raised
 * @param channels the engine's channels that produced the current grade; empty when not graded or not recorded
 * @param override the reviewer's current score; null when the engine's stands
 */
public record AnswerScore(long answerId, long attemptId, long questionId, int position, Long gradeId,
        Double automatic, double max, int flags, List<String> channels,
        ReviewerScore override) {

    /**
     * A reviewer's score replacing the engine's (overrides are append-only; the newest is current).
     *
     * @param gradeId the grade the reviewer saw; null when the engine had not graded the answer
     */
    public record ReviewerScore(long id, double score, String reviewer, String reason, Instant at, Long gradeId) {
    }

    /** The score that counts: the reviewer's when there is one, else the engine's; null when neither has scored. */
    public Double score() {
        return override != null ? Double.valueOf(override.score()) : automatic;
    }

    public boolean graded() {
        return gradeId != null;
    }

    public boolean overridden() {
        return override != null;
    }

    /** The answer has a score, the engine's or a reviewer's. */
    public boolean scored() {
        return graded() || overridden();
    }

    /** The engine regraded the answer after the reviewer overrode it, so the override rests on an older grade. */
    public boolean regradedSince() {
        return overridden() && graded() && !gradeId.equals(override.gradeId());
    }

    /**
     * A person, not only the engine, stands behind the score: a reviewer overrode it, or marked the attempt reviewed
     * with the grade in place.
     *
     * @param reviewed the attempt is marked reviewed
     */
    public boolean settled(boolean reviewed) {
        return overridden() || reviewed && graded();
    }
}
