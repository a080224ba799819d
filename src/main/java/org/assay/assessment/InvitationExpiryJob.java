package org.assay.assessment;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Notices invitations whose link expired before the candidate started, and fires {@link InvitationExpired} once for
 * each. Every instance may run it: a conditional update decides which one announces an invitation.
 */
@ApplicationScoped
public class InvitationExpiryJob {

    /** Invitations looked at per run; the next run takes the rest. */
    static final int BATCH = 200;

    private final AttemptProgress progress;
    private final Event<InvitationExpired> expired;

    public InvitationExpiryJob(AttemptProgress progress, Event<InvitationExpired> expired) {
        this.progress = progress;
        this.expired = expired;
    }

    @Scheduled(identity = "invitation-expiry", every = "${assay.test.expiry-check:PT1M}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        try {
            announce();
        } catch (RuntimeException e) {
            Log.warnf(e, "Could not announce expired invitations; the next run tries again");
        }
    }

    /** Announces invitations expired unused by now; returns how many this call announced. */
    @Transactional
    public int announce() {
        var now = Instant.now();
        List<Invitation> due = Invitation.<Invitation>find("expiresAt < ?1 and expiryAnnouncedAt is null"
                + " order by expiresAt", now).page(0, BATCH).list();
        var started = progress.of(due.stream().map(i -> i.id).toList());
        int announced = 0;
        for (var invitation : due) {
            int rows = Invitation.update("expiryAnnouncedAt = ?1 where id = ?2 and expiryAnnouncedAt is null", now,
                    invitation.id);
            if (rows == 1 && !started.containsKey(invitation.id)) {
                expired.fire(new InvitationExpired(invitation.id));
                announced++;
            }
        }
        return announced;
    }
}
