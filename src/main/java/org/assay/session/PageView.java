package org.assay.session;

import java.util.List;

/**
 * One question page. {@code text} is what the box shows: the saved answer, or what the candidate typed when a save
 * was refused ({@code error} then says why). {@code guidanceMinutes} is the assessment's suggested time, if any.
 * {@code recordedSignals} names the integrity signals the page reports, such as "PASTE FOCUS"; the page sends no
 * other kind.
 */
public record PageView(
        String token,
        String title,
        int position,
        int count,
        String qid,
        String questionTitle,
        String prompt,
        String text,
        int words,
        int revision,
        String savedAt,
        String savedAtLabel,
        String deadline,
        String deadlineLabel,
        String remainingLabel,
        String serverTime,
        long autosaveMillis,
        int maxChars,
        String attemptKey,
        int previous,
        int next,
        List<QuestionLink> questions,
        String error,
        Integer guidanceMinutes, String recordedSignals) {

    /** The suggested time for this question, or null when the assessment suggests none. */
    public String guidanceLabel() {
        if (guidanceMinutes == null) {
            return null;
        }
        return "Suggested time: about " + guidanceMinutes + (guidanceMinutes == 1 ? " minute" : " minutes")
                + ". A guide only; the time limit is for the whole test.";
    }

    public boolean hasPrevious() {
        return previous > 0;
    }

    public boolean hasNext() {
        return next > 0;
    }

    public String wordsLabel() {
        return words == 1 ? "1 word" : words + " words";
    }

    public int nextRevision() {
        return revision + 1;
    }
}
