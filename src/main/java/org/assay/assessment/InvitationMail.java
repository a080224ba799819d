package org.assay.assessment;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;

import org.assay.mail.MailOutbox;
import org.assay.web.AssayConfig;
import org.assay.web.Dates;

/**
 * Mail to candidates about their invitation: the link when it is made or resent, and a reminder before an unused link
 * expires. The reminder carries no link (only a hash of it is kept): it points to the first email.
 */
@ApplicationScoped
public class InvitationMail {

    static final String INVITATION = "invitation";
    static final String REMINDER = "reminder";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitationText(MailView mail);

        static native TemplateInstance invitationHtml(MailView mail);

        static native TemplateInstance reminderText(MailView mail);

        static native TemplateInstance reminderHtml(MailView mail);
    }

    /** What an email about an invitation says. */
    public record MailView(String candidateName, String assessmentTitle, String url, int timeLimitMinutes,
            String expires, String sentOn) {
    }

    private final MailOutbox outbox;
    private final AssayConfig config;

    public InvitationMail(MailOutbox outbox, AssayConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    /** In the transaction that stores the invitation: the email is stored with it. */
    void onIssued(@Observes InvitationIssued issued) {
        Invitation invitation = Invitation.findById(issued.invitationId());
        var view = view(invitation, issued.url());
        outbox.queue(INVITATION, invitation.candidateEmail, "Your invitation: " + view.assessmentTitle(),
                Templates.invitationText(view).render(), Templates.invitationHtml(view).render(), invitation.id);
    }

    @Scheduled(identity = "invitation-reminders", every = "{assay.mail.reminder-check}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void remindDue() {
        if (outbox.configured() && !config.mail().reminderBefore().isZero()) {
            remind(Instant.now());
        }
    }

    /** Queues a reminder for every live, unused invitation expiring within the configured time; returns how many. */
    @Transactional
    public int remind(Instant now) {
        // The outer alias is needed: an unqualified id inside the subquery would be the attempt's own
        List<Invitation> due = Invitation.list("from Invitation i where i.revokedAt is null and i.remindedAt is null"
                + " and i.expiresAt > ?1 and i.expiresAt <= ?2"
                + " and not exists (select 1 from Attempt a where a.invitation = i) order by i.expiresAt", now,
                now.plus(config.mail().reminderBefore()));
        int queued = 0;
        for (var invitation : due) {
            // Another instance may be reminding at the same moment: the pass whose update marks the row queues it
            if (Invitation.update("remindedAt = ?1 where id = ?2 and remindedAt is null", now, invitation.id) == 0) {
                continue;
            }
            var view = view(invitation, null);
            outbox.queue(REMINDER, invitation.candidateEmail, "Reminder: your invitation to "
                    + view.assessmentTitle() + " expires " + view.expires(), Templates.reminderText(view).render(),
                    Templates.reminderHtml(view).render(), invitation.id);
            queued++;
        }
        return queued;
    }

    private static MailView view(Invitation invitation, String url) {
        return new MailView(invitation.candidateName, invitation.assessment.title, url,
                invitation.assessment.timeLimitMinutes, Dates.utc(invitation.expiresAt), Dates.utc(
                        invitation.createdAt));
    }
}
