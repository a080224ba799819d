package org.assay.grading;

import java.util.Optional;

/**
 * Where the engine's grading of one answer stands, as pages and the API show it.
 *
 * @param state graded, waiting (queued or being graded) or failed
 * @param error why the last try failed; empty unless failed
 */
public record GradingState(String state, String error) {

    private static final GradingState GRADED = new GradingState("graded", "");
    private static final GradingState WAITING = new GradingState("waiting", "");

    /** The state of an answer with this current grade, if any; the queue is read only when it has none. */
    public static GradingState of(long answerId, Optional<Grade> grade) {
        return of(answerId, grade.isPresent());
    }

    /** The state of an answer whose current score is {@code score}. */
    public static GradingState of(AnswerScore score) {
        return of(score.answerId(), score.graded());
    }

    private static GradingState of(long answerId, boolean graded) {
        if (graded) {
            return GRADED;
        }
        return GradingTask.forAnswer(answerId).filter(GradingTask::failed)
                .map(task -> new GradingState("failed", task.lastError)).orElse(WAITING);
    }

    public boolean failed() {
        return "failed".equals(state);
    }
}
