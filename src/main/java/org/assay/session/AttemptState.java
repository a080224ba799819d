package org.assay.session;

import java.time.Instant;
import java.util.List;

/**
 * An attempt as the autosave script sees it.
 *
 * @param status NOT_STARTED, IN_PROGRESS or SUBMITTED
 * @param serverTime the server's clock, so the countdown can correct for a wrong client clock
 * @param activeHere false when another browser took the attempt over, so saves from this one are refused
 */
public record AttemptState(
        String status,
        Instant startedAt,
        Instant deadline,
        Instant submittedAt,
        String submittedBy,
        Instant serverTime,
        int currentPosition,
        int answerChars,
        long autosaveMillis,
        List<AnswerState> answers,
        boolean activeHere) {

    /** One answer's saved state. */
    public record AnswerState(String qid, int position, String title, String text, int revision, Instant savedAt,
            boolean answered) {
    }
}
