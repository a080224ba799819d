package org.assay.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditService;
import org.assay.web.Backoff;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.webhook.WebhookViews.DeliveryRow;
import org.assay.webhook.WebhookViews.EventChoice;
import org.assay.webhook.WebhookViews.WebhookRow;

/** Registered receivers, the deliveries queued for them, and the bookkeeping of each try. */
@ApplicationScoped
public class WebhookService {

    static final int URL_MAX = 2000;
    static final int SECRET_MIN = 16;
    static final int SECRET_MAX = 200;
    static final int DESCRIPTION_MAX = 200;
    static final int ERROR_CHARS = 1000;
    /** Deliveries listed per receiver, newest first. */
    static final int DELIVERIES_SHOWN = 200;

    private final AuditService audit;
    private final WebhookConfig config;

    public WebhookService(AuditService audit, WebhookConfig config) {
        this.audit = audit;
        this.config = config;
    }

    public static List<EventChoice> events() {
        return Arrays.stream(WebhookEvent.values()).map(e -> new EventChoice(e.wireName(), e.description())).toList();
    }

    @Transactional
    public Webhook register(WebhookForm form, String actor) {
        var errors = new FormErrors.Builder();
        errors.addIf(!validUrl(form.url()), "url", "Give an http or https address such as"
                + " https://ats.example.org/hooks/assay, at most " + URL_MAX + " characters.");
        errors.addIf(form.secret().length() < SECRET_MIN || form.secret().length() > SECRET_MAX, "secret",
                "Give a secret of " + SECRET_MIN + " to " + SECRET_MAX + " characters.");
        var unknown = form.events().stream().filter(e -> WebhookEvent.parse(e).isEmpty()).toList();
        errors.addIf(form.events().isEmpty(), "events", "Choose at least one event.");
        errors.addIf(!unknown.isEmpty(), "events", "Unknown events: " + String.join(", ", unknown)
                + ". Known: " + String.join(", ", events().stream().map(EventChoice::name).toList()) + ".");
        errors.addIf(form.description().length() > DESCRIPTION_MAX, "description",
                "Keep the description under " + DESCRIPTION_MAX + " characters.");
        if (errors.build().any()) {
            throw new InvalidInputException(errors.build());
        }
        var webhook = new Webhook();
        webhook.url = form.url();
        webhook.secret = form.secret();
        webhook.events = String.join(",", new HashSet<>(form.events()).stream().sorted().toList());
        webhook.description = form.description().isEmpty() ? null : form.description();
        webhook.createdBy = actor;
        webhook.persist();
        audit.record(actor, "webhook.registered", "webhook", webhook.id, null, webhook.url + " for "
                + webhook.events);
        return webhook;
    }

    private static boolean validUrl(String url) {
        if (url.isEmpty() || url.length() > URL_MAX) {
            return false;
        }
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Turns a receiver off (no new deliveries; queued ones are still tried) or back on. */
    @Transactional
    public void setActive(long id, boolean active, String actor) {
        var webhook = webhook(id);
        if (webhook.active != active) {
            webhook.active = active;
            audit.record(actor, active ? "webhook.enabled" : "webhook.disabled", "webhook", id,
                    active ? "off" : "on", active ? "on" : "off");
        }
    }

    @Transactional
    public List<WebhookRow> list() {
        return Webhook.<Webhook>list("order by createdAt desc, id desc").stream().map(WebhookService::row).toList();
    }

    @Transactional
    public Optional<WebhookRow> find(long id) {
        return Webhook.<Webhook>findByIdOptional(id).map(WebhookService::row);
    }

    private static WebhookRow row(Webhook w) {
        return new WebhookRow(w.id, w.url, w.description, w.eventList(), w.active, w.createdBy, w.createdAt,
                count(w, WebhookDelivery.Status.PENDING), count(w, WebhookDelivery.Status.DELIVERED),
                count(w, WebhookDelivery.Status.FAILED));
    }

    private static long count(Webhook webhook, WebhookDelivery.Status status) {
        return WebhookDelivery.count("webhook = ?1 and status = ?2", webhook, status);
    }

    /** A receiver's deliveries, newest first, optionally only those with one status. */
    @Transactional
    public List<DeliveryRow> deliveries(long webhookId, Optional<WebhookDelivery.Status> status) {
        var webhook = webhook(webhookId);
        List<WebhookDelivery> found = status
                .map(s -> WebhookDelivery.<WebhookDelivery>find("webhook = ?1 and status = ?2"
                        + " order by createdAt desc, id desc", webhook, s))
                .orElseGet(() -> WebhookDelivery.find("webhook = ?1 order by createdAt desc, id desc", webhook))
                .page(0, DELIVERIES_SHOWN).list();
        return found.stream().map(WebhookService::row).toList();
    }

    @Transactional
    public Optional<DeliveryRow> delivery(long id) {
        return WebhookDelivery.<WebhookDelivery>findByIdOptional(id).map(WebhookService::row);
    }

    private static DeliveryRow row(WebhookDelivery d) {
        return new DeliveryRow(d.id, d.webhook.id, d.event, d.eventId, d.status, d.tries, d.lastStatus, d.lastError,
                d.lastTryAt, d.nextTryAt, d.createdAt, d.deliveredAt, d.payload);
    }

    /**
     * Queues a finished delivery again, with the same body and event id, to be sent at once.
     *
     * @throws ClientErrorException 409 while the delivery is still being tried
     */
    @Transactional
    public DeliveryRow resend(long deliveryId, String actor) {
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId)
                .orElseThrow(() -> new NotFoundException("There is no webhook delivery " + deliveryId + "."));
        if (delivery.status == WebhookDelivery.Status.PENDING) {
            throw new ClientErrorException("Delivery " + deliveryId + " is still being tried; it can be re-sent"
                    + " once it has been delivered or has failed.", 409);
        }
        var before = delivery.status.name();
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.tries = 0;
        delivery.nextTryAt = Instant.now();
        delivery.claimedUntil = null;
        delivery.claimedBy = null;
        audit.record(actor, "webhook.resent", "webhook_delivery", delivery.id, before, "PENDING");
        return row(delivery);
    }

    private static Webhook webhook(long id) {
        return Webhook.<Webhook>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("There is no webhook " + id + "."));
    }

    /** Queues the event for every active receiver that subscribed to it, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(WebhookEvent event, String eventId, String payload) {
        int queued = 0;
        var now = Instant.now();
        for (Webhook webhook : Webhook.<Webhook>list("active", true)) {
            if (webhook.wants(event)) {
                var delivery = new WebhookDelivery();
                delivery.webhook = webhook;
                delivery.eventId = eventId;
                delivery.event = event.wireName();
                delivery.payload = payload;
                delivery.nextTryAt = now;
                delivery.createdAt = now;
                delivery.persist();
                queued++;
            }
        }
        return queued;
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    /** What one try needs, read in the claiming transaction. */
    record Claimed(long id, String url, String secret, String event, String eventId, String payload) {
    }

    /** Claims due deliveries for this instance; a conditional update makes sure only one instance gets each. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Claimed> claim(String worker, Instant now) {
        List<WebhookDelivery> due = WebhookDelivery.<WebhookDelivery>find("status = ?1 and nextTryAt <= ?2"
                + " and (claimedUntil is null or claimedUntil < ?2) order by nextTryAt, id",
                WebhookDelivery.Status.PENDING, now).page(0, config.batchSize()).list();
        var claimed = new ArrayList<Claimed>();
        var until = now.plus(config.claim());
        for (var d : due) {
            int rows = WebhookDelivery.update("claimedUntil = ?1, claimedBy = ?2 where id = ?3 and status = ?4"
                    + " and (claimedUntil is null or claimedUntil < ?5)", until, worker, d.id,
                    WebhookDelivery.Status.PENDING, now);
            if (rows == 1) {
                claimed.add(new Claimed(d.id, d.webhook.url, d.webhook.secret, d.event, d.eventId, d.payload));
            }
        }
        return claimed;
    }

    /** Hands claimed deliveries back unsent, without counting a try, so any instance may send them at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void release(List<Long> deliveryIds, String worker) {
        WebhookDelivery.update("claimedUntil = null, claimedBy = null where id in ?1 and claimedBy = ?2"
                + " and status = ?3", deliveryIds, worker, WebhookDelivery.Status.PENDING);
    }

    /** Notes how a try went: delivered, or failed and either due again after the backoff or given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordTry(long deliveryId, String worker, Integer httpStatus, String error, Instant at) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || !worker.equals(delivery.claimedBy)
                || delivery.status != WebhookDelivery.Status.PENDING) {
            return; // re-sent or taken over by another instance meanwhile
        }
        delivery.tries++;
        delivery.lastTryAt = at;
        delivery.lastStatus = httpStatus;
        delivery.lastError = error == null ? null
                : error.length() > ERROR_CHARS ? error.substring(0, ERROR_CHARS) : error;
        delivery.claimedUntil = null;
        delivery.claimedBy = null;
        if (error == null) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = at;
            delivery.nextTryAt = null;
        } else if (delivery.tries >= config.maxTries()) {
            delivery.status = WebhookDelivery.Status.FAILED;
            delivery.nextTryAt = null;
        } else {
            delivery.nextTryAt = at.plus(backoff(delivery.tries));
        }
    }

    /** The wait after the given number of failed tries: the first delay, doubled each time, up to the maximum. */
    Duration backoff(int failedTries) {
        return Backoff.after(config.retryDelay(), 2, failedTries, 20, config.maxRetryDelay());
    }
}
