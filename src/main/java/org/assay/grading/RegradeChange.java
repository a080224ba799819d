package org.assay.grading;

import org.assay.web.Numbers;

/**
 * How an answer's score moves in a regrade.
 *
 * @param answerId the answer
 * @param attemptId its attempt, for a link to the transcript
 * @param qid the question
 * @param before the current engine score, or NaN when the answer has no grade yet
 * @param after the score on the question's current rubric
 * @param overridden whether a reviewer's score stands above the engine's for this answer
 */
public record RegradeChange(long answerId, long attemptId, String qid, double before, double after,
        boolean overridden) {

    public double delta() {
        return Double.isNaN(before) ? after : after - before;
    }

    public boolean changed() {
        return Double.isNaN(before) || Math.abs(after - before) > 1e-9;
    }

    public String beforeText() {
        return Double.isNaN(before) ? "none" : Numbers.points(before);
    }

    public String afterText() {
        return Numbers.points(after);
    }

    public String deltaText() {
        return Numbers.signedPoints(delta());
    }
}
