package org.assay.review;

import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditEvent;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;

/** Review changes lock the attempt row first, so two reviewers' changes to one attempt apply one after the other. */
final class ReviewLocks {

    private ReviewLocks() {
    }

    static Attempt lock(long attemptId) {
        Attempt attempt = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw new NotFoundException("There is no attempt " + attemptId + ".");
        }
        return attempt;
    }

    /** Locks an attempt that is submitted and not yet marked reviewed, the only state in which scores change. */
    static Attempt lockOpen(long attemptId, String toDo) {
        var attempt = lock(attemptId);
        if (attempt.status != AttemptStatus.SUBMITTED) {
            throw new ReviewConflictException("The candidate has not submitted this attempt yet, so you cannot "
                    + toDo + ".");
        }
        if (attempt.reviewed) {
            throw new ReviewConflictException("This attempt is marked reviewed" + by(attempt)
                    + ". Reopen the review to " + toDo + ".");
        }
        return attempt;
    }

    /** Refuses a change made from a page that showed an older version of the attempt's review. */
    static void checkVersion(Attempt attempt, Long seenVersion) {
        if (seenVersion == null || seenVersion == attempt.version) {
            return;
        }
        AuditEvent last = AuditEvent.find("entityType = ?1 and entityId = ?2 order by id desc",
                ReviewAudit.ATTEMPT, attempt.id).firstResult();
        var what = last == null ? "Someone else changed this attempt's review"
                : last.actor + " " + lowerFirst(ReviewAudit.describe(last.action, 0)) + " at "
                        + Display.time(last.createdAt);
        throw new ReviewConflictException(what + " while you had the page open. Nothing of yours was saved and"
                + " what you typed is still in the form: check the page, then send it again.");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String by(Attempt attempt) {
        return attempt.reviewedBy == null ? "" : " by " + attempt.reviewedBy;
    }
}
