package org.assay.session;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A save that was refused while the attempt stays open: the text is too long, or a newer revision is already
 * stored. The stored answer is unchanged.
 */
public final class AnswerRejectedException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, Object> details;

    private AnswerRejectedException(int status, String title, String detail, Map<String, Object> details) {
        super(detail);
        this.status = status;
        this.title = title;
        this.details = Map.copyOf(details);
    }

    public static AnswerRejectedException tooLong(int length, int limit) {
        return new AnswerRejectedException(422, "Answer too long",
                ("Your answer is %,d characters long and the limit is %,d. Shorten it to save it;"
                        + " the last saved version is kept.").formatted(length, limit),
                Map.of("length", length, "limit", limit));
    }

    public static AnswerRejectedException invalid(String detail) {
        return new AnswerRejectedException(400, "Invalid save", detail, Map.of());
    }

    /** The stored revision, with its time and text, so that a client can tell whether it saved it itself. */
    public static AnswerRejectedException stale(int storedRevision, Instant storedAt, String storedText) {
        var details = new LinkedHashMap<String, Object>();
        details.put("revision", storedRevision);
        if (storedAt != null) {
            details.put("savedAt", storedAt.toString());
        }
        details.put("text", storedText == null ? "" : storedText);
        return new AnswerRejectedException(409, "A newer version is saved",
                "A newer version of this answer was saved from another window or device. Reload the page to see it.",
                details);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> details() {
        return details;
    }
}
