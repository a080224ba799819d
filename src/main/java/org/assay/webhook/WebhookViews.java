package org.assay.webhook;

import java.time.Instant;
import java.util.List;

/** What the webhook pages and API show. Never the secret. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** A registered receiver with how its deliveries stand. */
    public record WebhookRow(long id, String url, String description, List<String> events, boolean active,
            String createdBy, Instant createdAt, long pending, long delivered, long failed) {
    }

    /**
     * One delivery.
     *
     * @param lastStatus the receiver's HTTP status on the last try, or null when it could not be reached
     * @param nextTryAt when it is tried again; null once delivered or failed
     */
    public record DeliveryRow(long id, long webhookId, String event, String eventId, WebhookDelivery.Status status,
            int tries, Integer lastStatus, String lastError, Instant lastTryAt, Instant nextTryAt, Instant createdAt,
            Instant deliveredAt, String payload) {

        public boolean resendable() {
            return status != WebhookDelivery.Status.PENDING;
        }
    }

    /** An event a receiver may subscribe to. */
    public record EventChoice(String name, String description) {
    }
}
