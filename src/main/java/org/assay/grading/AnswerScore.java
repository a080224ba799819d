package org.assay.grading;

import java.time.Instant;
import java.util.List;

/**
 * An answer's score now, and why: the engine's current grade (its newest) and, when a reviewer changed the score,
 * the current override with who, when and why; under second marking also the second reviewer's mark and an
 * adjudicator's decision. Every page, export and API reads scores through this type, built by
 * {@link AttemptScores}; the totals it sums to are {@link AttemptScores.Totals}.
 *
 * @param gradeId the current grade; null while the engine has not graded the answer
 * @param automatic the current grade's score; null while not graded
 * @param max the current grade's maximum, else the points of the rubric version the answer was given under
 * @param flags how many flags the current grade raised
 * @param channels the engine's channels that produced the current grade; empty when not graded or not recorded
 * @param override the reviewer's current score; null when the engine's stands
 * @param second the second reviewer's current mark; null when not second-marked
 * @param adjudication the adjudicator's current decision; null when not adjudicated
 */
public record AnswerScore(long answerId, long attemptId, long questionId, int position, Long gradeId,
        Double automatic, double max, int flags, List<String> channels,
        ReviewerScore override, Marking second, Marking adjudication) {

    /**
     * A second reviewer's mark or an adjudicator's decision.
     *
     * @param by who gave it
     * @param reason the adjudicator's reason, or the second reviewer's note (may be empty)
     */
    public record Marking(long id, double score, String by, String reason, Instant at) {
    }

    /**
     * A reviewer's score replacing the engine's (overrides are append-only; the newest is current).
     *
     * @param gradeId the grade the reviewer saw; null when the engine had not graded the answer
     * @param adjustment the free adjustment on top of the criteria; null for an override stored before reviewers
     *        could mark criteria
     * @param marks every criterion's points and misconception's penalty behind the score; empty for an older
     *        override, whose criteria are the engine's
     */
    public record ReviewerScore(long id, double score, String reviewer, String reason, Instant at, Long gradeId,
            Double adjustment, List<Mark> marks) {

        public ReviewerScore {
            marks = List.copyOf(marks);
        }

        /** The same override with its marks read. */
        ReviewerScore withMarks(List<Mark> read) {
            return new ReviewerScore(id, score, reviewer, reason, at, gradeId, adjustment, read);
        }
    }

    /**
     * One criterion's points or one misconception's penalty in a reviewer's override.
     *
     * @param misconception a misconception's penalty (0 when it does not apply) rather than a criterion's points
     * @param changed the reviewer set it differently from the engine
     */
    public record Mark(boolean misconception, String itemId, double points, boolean changed) {
    }

    /** The same score with the override's marks read. */
    AnswerScore withMarks(List<Mark> marks) {
        return new AnswerScore(answerId, attemptId, questionId, position, gradeId, automatic, max, flags, channels,
                override == null ? null : override.withMarks(marks), second, adjudication);
    }

    /** The engine's score alone, as a second reviewer sees the answer before marking it. */
    public AnswerScore engineOnly() {
        return new AnswerScore(answerId, attemptId, questionId, position, gradeId, automatic, max, flags, channels,
                null, null, null);
    }

    /**
     * The score of the first marking: the reviewer's when there is one, else the engine's; null when neither has
     * scored. Without second marking this is the score that counts.
     */
    public Double firstScore() {
        return override != null ? Double.valueOf(override.score()) : automatic;
    }

    /**
     * The score that counts: the adjudicator's when the answer was adjudicated, else the mean of the first marking's
     * and the second reviewer's scores when both marked, else the first marking's ({@link #firstScore()}); null
     * when nobody has scored. {@link AttemptScores#FINAL_TOTAL} is the same rule in SQL.
     */
    public Double score() {
        var first = firstScore();
        if (adjudication != null) {
            return adjudication.score();
        }
        if (second != null && first != null) {
            return (first + second.score()) / 2;
        }
        return first;
    }

    public boolean secondMarked() {
        return second != null;
    }

    public boolean adjudicated() {
        return adjudication != null;
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
