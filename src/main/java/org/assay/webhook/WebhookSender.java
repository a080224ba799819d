package org.assay.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import org.assay.web.WakeableTask;

/**
 * Posts due deliveries to their receivers on one background thread per instance, never on a user's request. Every
 * instance runs one; they share the deliveries in the database, each claimed by one of them at a time. A new event
 * wakes the sender once its transaction has committed; a poll picks up retries that have come due. When the
 * application stops, a try still waiting for its receiver is abandoned and handed back, together with the rest of
 * the batch, so the next start sends them again without counting a try.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "Assay-Webhooks/1";
    private static final long STOP_WAIT_SECONDS = 5;

    private final WebhookService webhooks;
    private final WebhookConfig config;
    private final HttpClient client;
    private final String name = "webhooks-" + UUID.randomUUID().toString().substring(0, 8);
    private final WakeableTask sender = new WakeableTask("webhook-sender", this::sendDue);
    private volatile CompletableFuture<HttpResponse<Void>> inFlight;

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
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        wake();
    }

    /** Sends what is due on the sender thread; the caller never waits for a receiver. */
    public void wake() {
        sender.wake();
    }

    /** Sends due deliveries until none is left; returns how many were tried. */
    int sendDue() {
        int tried = 0;
        try {
            while (!sender.stopping()) {
                var claimed = webhooks.claim(name, Instant.now());
                if (claimed.isEmpty()) {
                    return tried;
                }
                var unsent = new ArrayList<Long>();
                for (var delivery : claimed) {
                    if (sender.stopping() || !send(delivery)) {
                        unsent.add(delivery.id());
                    } else {
                        tried++;
                    }
                }
                if (!unsent.isEmpty()) {
                    handBack(unsent);
                }
            }
            return tried;
        } catch (RuntimeException e) {
            Log.warnf(e, "Could not look for webhook deliveries; trying again at the next poll");
            return tried;
        }
    }

    /** One try; false if it was abandoned because the application is stopping, so no outcome was recorded. */
    private boolean send(WebhookService.Claimed delivery) {
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
            // Sent asynchronously so that a stop can abandon the wait without interrupting this thread's JDBC work
            var response = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            inFlight = response;
            if (sender.stopping()) {
                response.cancel(true);
            }
            status = response.get().statusCode();
            error = status >= 200 && status < 300 ? null : "The receiver answered HTTP " + status + ".";
        } catch (CancellationException stopped) {
            return false;
        } catch (ExecutionException e) {
            if (sender.stopping()) {
                return false; // the client may report the abandoned exchange as an I/O error, not a cancellation
            }
            error = unreachable(e.getCause() == null ? e : e.getCause());
        } catch (IllegalArgumentException e) {
            error = unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            inFlight = null;
        }
        try {
            webhooks.recordTry(delivery.id(), name, status, error, Instant.now());
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not store the outcome of webhook delivery %d; it is tried again when its claim"
                    + " ends", delivery.id());
        }
        return true;
    }

    private static String unreachable(Throwable e) {
        return "Could not reach the receiver: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage());
    }

    private void handBack(List<Long> unsent) {
        try {
            webhooks.release(unsent, name);
        } catch (RuntimeException e) {
            Log.warnf(e, "Could not hand back %d webhook deliveries; they are tried again when their claim ends",
                    unsent.size());
        }
    }

    /**
     * Runs before the database is closed: stops taking new work, abandons a try still waiting for its receiver, and
     * waits for the sender thread to record what it did.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        sender.stop();
        var waiting = inFlight;
        if (waiting != null) {
            waiting.cancel(true);
        }
        if (!sender.awaitStopped(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            Log.warnf("The webhook sender was still busy %d s after the stop began", STOP_WAIT_SECONDS);
        }
    }
}
