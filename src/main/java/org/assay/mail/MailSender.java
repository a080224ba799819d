package org.assay.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

import org.assay.web.AssayConfig;
import org.assay.web.Backoff;

/**
 * Sends the outbox: every due message, each in the transaction that locks it, so two instances never send one twice
 * (a locked message is skipped). A failure is kept with its reason and tried again later, each wait four times the
 * last, until {@code assay.mail.max-tries}.
 */
@ApplicationScoped
public class MailSender {

    private static final int BATCH = 20;
    private static final int ERROR_MAX = 1000;
    /** The longest wait between two tries of one message. */
    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    private final Mailer mailer;
    private final MailOutbox outbox;
    private final AssayConfig config;

    public MailSender(Mailer mailer, MailOutbox outbox, AssayConfig config) {
        this.mailer = mailer;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(every = "${assay.mail.poll:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        if (outbox.configured()) {
            sendDue(Instant.now());
        }
    }

    /** Sends what is due at {@code now}; returns how many messages were sent. */
    @Transactional
    public int sendDue(Instant now) {
        List<MailMessage> due = MailMessage.<MailMessage>find("status = ?1 and nextTryAt <= ?2 order by nextTryAt",
                MailMessage.Status.PENDING, now).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2).page(0, BATCH).list();
        int sent = 0;
        for (var message : due) {
            sent += send(message, now) ? 1 : 0;
        }
        return sent;
    }

    private boolean send(MailMessage message, Instant now) {
        message.tries++;
        try {
            var mail = Mail.withText(message.recipient, message.subject, message.textBody);
            mail.setHtml(message.htmlBody);
            mailer.send(mail);
            message.status = MailMessage.Status.SENT;
            message.sentAt = now;
            message.nextTryAt = null;
            erase(message);
            return true;
        } catch (RuntimeException e) {
            var reason = String.valueOf(rootCause(e).getMessage());
            message.lastError = reason.length() > ERROR_MAX ? reason.substring(0, ERROR_MAX) : reason;
            if (message.tries >= config.mail().maxTries()) {
                message.status = MailMessage.Status.FAILED;
                message.nextTryAt = null;
                erase(message);
                Log.warnf("Gave up sending %s mail %d after %d tries: %s", message.kind, message.id, message.tries,
                        message.lastError);
            } else {
                message.nextTryAt = now.plus(Backoff.after(config.mail().retryDelay(), 4, message.tries, 30,
                        LONGEST_WAIT));
                Log.infof("Sending %s mail %d failed (try %d), retrying at %s: %s", message.kind, message.id,
                        message.tries, message.nextTryAt, message.lastError);
            }
            return false;
        }
    }

    /** The body may hold a candidate's link: it is kept only while it may still be sent. */
    private static void erase(MailMessage message) {
        message.textBody = "";
        message.htmlBody = "";
    }

    private static Throwable rootCause(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
