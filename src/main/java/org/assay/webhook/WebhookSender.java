package org.assay.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Posts due deliveries to their receivers on one background thread per instance, never on a user's request. Every
 * instance runs one; they share the deliveries in the database, each claimed by one of them at a time. A new event
 * wakes the sender once its transaction has committed; a poll picks up retries that have come due.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "Assay-Webhooks/1";

    private final WebhookService webhooks;
    private final WebhookConfig config;
    private final HttpClient client;
    private final String name = "webhooks-" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        var t = new Thread(task, "webhook-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean woken = new AtomicBoolean();

    public WebhookSender(WebhookService webhooks, WebhookConfig config) {
        this.webhooks = webhooks;
        this.config = config;
        // A redirect is reported as a failure rather than followed: the admin registered this address, not another
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued event) {
        wake();
    }

    @Scheduled(identity = "webhook-sender", every = "{assay.webhooks.poll}", delayed = "{assay.webhooks.poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        wake();
    }

    /** Sends what is due on the sender thread; the caller never waits for a receiver. */
    public void wake() {
        if (woken.compareAndSet(false, true)) {
            thread.execute(() -> {
                woken.set(false);
                sendDue();
            });
        }
    }

    /** Sends due deliveries until none is left; returns how many were tried. */
    int sendDue() {
        int tried = 0;
        try {
            while (true) {
                var claimed = webhooks.claim(name, Instant.now());
                if (claimed.isEmpty()) {
                    return tried;
                }
                for (var delivery : claimed) {
                    send(delivery);
                    tried++;
                }
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Could not look for webhook deliveries; trying again at the next poll");
            return tried;
        }
    }

    private void send(WebhookService.Claimed delivery) {
        Integer status = null;
        String error;
        try {
            var request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("Assay-Event", delivery.event())
                    .header("Assay-Event-Id", delivery.eventId())
                    .header("Assay-Delivery", String.valueOf(delivery.id()))
                    .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(),
                            Instant.now().getEpochSecond(), delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            var response = client.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            error = status >= 200 && status < 300 ? null : "The receiver answered HTTP " + status + ".";
        } catch (IOException | IllegalArgumentException e) {
            error = "Could not reach the receiver: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Sending was interrupted as the server stopped.";
        }
        try {
            webhooks.recordTry(delivery.id(), name, status, error, Instant.now());
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not store the outcome of webhook delivery %d; it is tried again when its claim"
                    + " ends", delivery.id());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
