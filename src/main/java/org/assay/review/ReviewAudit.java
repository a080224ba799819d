package org.assay.review;

/** Names of the audit events review writes, and how the transcript's history words them. */
public final class ReviewAudit {

    public static final String ATTEMPT = "attempt";
    public static final String ANSWER = "answer";

    public static final String SCORE_OVERRIDDEN = "review.score-overridden";
    public static final String MARKED_REVIEWED = "review.marked-reviewed";
    public static final String REOPENED = "review.reopened";
    public static final String DECISION_SAVED = "review.decision-saved";
    public static final String GRADING_RETRIED = "review.grading-retried";
    public static final String SECOND_MARKED = "review.second-marked";
    public static final String ADJUDICATED = "review.adjudicated";

    private ReviewAudit() {
    }

    /** The history line's verb phrase; {@code position} is the question of an answer event, 0 otherwise. */
    public static String describe(String action, int position) {
        return switch (action) {
            case SCORE_OVERRIDDEN -> "Changed the score of question " + position;
            case MARKED_REVIEWED -> "Marked the attempt reviewed";
            case REOPENED -> "Reopened the review";
            case DECISION_SAVED -> "Saved the recommendation and summary";
            case GRADING_RETRIED -> "Retried grading question " + position;
            case SECOND_MARKED -> "Second-marked question " + position;
            case ADJUDICATED -> "Adjudicated question " + position;
            default -> position > 0 ? action + " (question " + position + ")" : action;
        };
    }
}
