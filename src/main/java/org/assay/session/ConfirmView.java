package org.assay.session;

import java.util.List;

/** The confirmation before submitting, naming the questions left unanswered. */
public record ConfirmView(
        String token,
        String title,
        int count,
        int answered,
        List<QuestionLink> unanswered,
        String deadline,
        String deadlineLabel,
        String remainingLabel,
        String serverTime,
        int currentPosition) {

    public boolean allAnswered() {
        return unanswered.isEmpty();
    }
}
