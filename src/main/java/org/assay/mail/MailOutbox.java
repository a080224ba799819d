package org.assay.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.assay.web.AssayConfig;

/**
 * Queues mail in the caller's transaction, so a message is stored with what caused it or not at all; the
 * {@link MailSender} sends it afterwards and retries failures. Without an SMTP host configured nothing is queued.
 */
@ApplicationScoped
public class MailOutbox {

    /** The latest message about an invitation, as its page shows it. */
    public record Delivery(String kind, MailMessage.Status status, int tries, String lastError, Instant sentAt,
            Instant nextTryAt) {

        /** A line for people, such as "sent" or "failed 3 times, retrying: connection refused". */
        public String summary() {
            return switch (status) {
                case SENT -> kind + " email sent";
                case PENDING -> tries == 0 ? kind + " email queued" : kind + " email failed " + tries
                        + (tries == 1 ? " time" : " times") + ", retrying: " + lastError;
                case FAILED -> kind + " email not sent after " + tries + " tries: " + lastError;
            };
        }
    }

    private final AssayConfig config;

    public MailOutbox(AssayConfig config) {
        this.config = config;
    }

    /** Whether an SMTP server is configured; without one Assay sends nothing and shows links to copy. */
    public boolean configured() {
        return config.mail().host().filter(host -> !host.isBlank()).isPresent();
    }

    /** Stores a message to send, unless no SMTP server is configured; returns whether it was stored. */
    public boolean queue(String kind, String recipient, String subject, String text, String html,
            Long invitationId) {
        if (!configured()) {
            return false;
        }
        var message = new MailMessage();
        message.kind = kind;
        message.recipient = recipient;
        message.subject = subject;
        message.textBody = text;
        message.htmlBody = html;
        message.invitationId = invitationId;
        message.nextTryAt = Instant.now();
        message.persist();
        return true;
    }

    /** The latest message about each invitation, by invitation id; invitations without mail are left out. */
    public Map<Long, Delivery> latest(Collection<Long> invitationIds) {
        if (invitationIds.isEmpty()) {
            return Map.of();
        }
        List<MailMessage> messages = MailMessage.list("invitationId in ?1 order by createdAt, id",
                List.copyOf(invitationIds));
        return messages.stream().collect(Collectors.toMap(m -> m.invitationId, Function.identity(), (a, b) -> b))
                .values().stream().collect(Collectors.toMap(m -> m.invitationId, m -> new Delivery(m.kind, m.status,
                        m.tries, m.lastError, m.sentAt, m.nextTryAt)));
    }
}
