package org.assay.session;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assay.web.AssayConfig;

/** Saves answer text. A save never replaces a newer revision and never stores more than the configured limit. */
@ApplicationScoped
public class AnswerService {

    private final AttemptService attempts;
    private final AssayConfig config;

    public AnswerService(AttemptService attempts, AssayConfig config) {
        this.attempts = attempts;
        this.config = config;
    }

    /** How far ahead of the stored revision a save may jump; each edit of a browser adds one. */
    static final int REVISION_STEP_MAX = 100_000;

    /** What the server holds after a save. */
    public record Saved(String qid, int revision, Instant savedAt) {
    }

    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public Saved save(String token, String qid, String text, int revision, Integer base) {
        return save(token, qid, text, revision, base, null);
    }

    /** As above, from the browser {@code device} (null: not named), which must be the attempt's active one. */
    @Transactional(dontRollbackOn = AttemptClosedException.class)
    public Saved save(String token, String qid, String text, int revision, Integer base, String device) {
        var attempt = attempts.requireDevice(attempts.open(token, true), device, token);
        // The question comes in the same query: the reply names it
        Answer answer = Answer.find("from Answer a join fetch a.question q where a.attempt = ?1 and q.qid = ?2",
                attempt, qid).<Answer>firstResultOptional()
                .orElseThrow(() -> new UnknownQuestionException(qid));
        return apply(answer, text, revision, base, Instant.now());
    }

    /**
     * Stores the text when its revision is newer than the stored one and, when the client says which revision the
     * text was edited from ({@code base}), the stored one is not newer than that: text edited from an older version
     * never replaces one saved from another window or device. Resending the stored revision with the same text is a
     * harmless repeat (a retry whose reply was lost). Not intercepted: callers inside a transaction may catch the
     * rejection without the transaction being marked for rollback.
     */
    Saved apply(Answer answer, String text, int revision, Integer base, Instant now) {
        var normalized = accepted(text);
        if (revision > answer.revision + REVISION_STEP_MAX) {
            // A revision near the top of the int range would leave no newer revision to save: the answer would freeze
            throw AnswerRejectedException.invalid("The revision " + revision + " is too far ahead of the saved one ("
                    + answer.revision + "): send at most " + (answer.revision + REVISION_STEP_MAX) + ".");
        }
        if (revision == answer.revision && normalized.equals(answer.text)) {
            return saved(answer);
        }
        if (revision <= answer.revision || (base != null && answer.revision > base)) {
            throw AnswerRejectedException.stale(answer.revision, answer.savedAt, answer.text);
        }
        answer.text = normalized;
        answer.revision = revision;
        answer.saveCount++;
        answer.savedAt = now;
        return saved(answer);
    }

    /** The text as stored: normalized, and within the configured limit. */
    String accepted(String text) {
        var normalized = normalize(text);
        int limit = config.limits().answerChars();
        if (normalized.length() > limit) {
            throw AnswerRejectedException.tooLong(normalized.length(), limit);
        }
        return normalized;
    }

    /**
     * Browsers send line breaks from forms as CR LF; store LF so the length matches what the box counted. The NUL
     * character carries nothing a candidate meant to type, and PostgreSQL cannot store it.
     */
    static String normalize(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace("\u0000", "");
    }

    private static Saved saved(Answer answer) {
        return new Saved(answer.question.qid, answer.revision, answer.savedAt);
    }
}
