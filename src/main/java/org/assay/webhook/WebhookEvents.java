package org.assay.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assay.assessment.InvitationExpired;
import org.assay.assessment.Invitation;
import org.assay.grading.AttemptGraded;
import org.assay.review.ReviewCompleted;
import org.assay.session.Attempt;
import org.assay.session.AttemptStarted;
import org.assay.session.AttemptSubmitted;
import org.assay.web.PublicAddress;

/**
 * Turns the features' events into deliveries, inside the transaction that fired them: an event is queued exactly
 * when its change commits. The body names the attempt, invitation and assessment by id and link; it never carries
 * answers, scores or the candidate's name, which a receiver fetches through the API with its own credentials.
 */
@ApplicationScoped
public class WebhookEvents {

    private final WebhookService webhooks;
    private final PublicAddress address;
    private final ObjectMapper json;
    private final Event<DeliveriesQueued> queued;

    public WebhookEvents(WebhookService webhooks, PublicAddress address, ObjectMapper json,
            Event<DeliveriesQueued> queued) {
        this.webhooks = webhooks;
        this.address = address;
        this.json = json;
        this.queued = queued;
    }

    void onStarted(@Observes AttemptStarted event) {
        attempt(WebhookEvent.ATTEMPT_STARTED, event.attemptId(), Map.of());
    }

    void onSubmitted(@Observes AttemptSubmitted event) {
        attempt(WebhookEvent.ATTEMPT_SUBMITTED, event.attemptId(), Map.of());
    }

    void onGraded(@Observes AttemptGraded event) {
        attempt(WebhookEvent.ATTEMPT_GRADED, event.attemptId(), Map.of());
    }

    void onReviewed(@Observes ReviewCompleted event) {
        attempt(WebhookEvent.REVIEW_COMPLETED, event.attemptId(), Map.of("reviewedBy", event.reviewer()));
    }

    void onExpired(@Observes InvitationExpired event) {
        Invitation invitation = Invitation.findById(event.invitationId());
        var data = new LinkedHashMap<String, Object>();
        data.put("invitationId", invitation.id);
        data.put("assessmentId", invitation.assessment.id);
        data.put("expiresAt", invitation.expiresAt.toString());
        var links = new LinkedHashMap<String, String>();
        links.put("invitation", address.base() + "api/invitations/" + invitation.id);
        links.put("assessment", address.base() + "api/assessments/" + invitation.assessment.id);
        queue(WebhookEvent.INVITATION_EXPIRED, data, links);
    }

    private void attempt(WebhookEvent event, long attemptId, Map<String, Object> extra) {
        Attempt attempt = Attempt.findById(attemptId);
        var invitation = attempt.invitation;
        var data = new LinkedHashMap<String, Object>();
        data.put("attemptId", attempt.id);
        data.put("invitationId", invitation.id);
        data.put("assessmentId", invitation.assessment.id);
        data.put("status", attempt.status.name());
        data.putAll(extra);
        var base = address.base();
        var links = new LinkedHashMap<String, String>();
        links.put("transcript", base + "review/attempts/" + attempt.id);
        links.put("transcriptJson", base + "api/attempts/" + attempt.id + "/transcript");
        links.put("invitation", base + "api/invitations/" + invitation.id);
        links.put("assessment", base + "api/assessments/" + invitation.assessment.id);
        queue(event, data, links);
    }

    private void queue(WebhookEvent event, Map<String, Object> data, Map<String, String> links) {
        var eventId = WebhookService.newEventId();
        var body = new LinkedHashMap<String, Object>();
        body.put("id", eventId);
        body.put("event", event.wireName());
        body.put("occurredAt", Instant.now().toString());
        body.put("data", data);
        body.put("links", links);
        try {
            if (webhooks.enqueue(event, eventId, json.writeValueAsString(body)) > 0) {
                queued.fire(new DeliveriesQueued());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook body could not be written", e);
        }
    }
}
