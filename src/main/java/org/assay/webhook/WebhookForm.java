package org.assay.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A receiver to register, from the admin page or the API.
 *
 * @param url where deliveries are posted: http or https
 * @param secret shared with the receiver, 16 to 200 characters; signs every body and is never shown again
 * @param events wire names such as {@code attempt.submitted}
 * @param description what the receiver is, for the list
 */
@Schema(name = "NewWebhook")
public record WebhookForm(
        @Schema(examples = "https://ats.example.org/hooks/assay") String url,
        @Schema(examples = "a-long-random-shared-secret") String secret,
        @Schema(examples = "[\"attempt.submitted\", \"review.completed\"]") List<String> events,
        @Schema(examples = "Applicant tracking") String description) {

    public WebhookForm {
        url = url == null ? "" : url.strip();
        secret = secret == null ? "" : secret.strip();
        events = events == null ? List.of() : List.copyOf(events);
        description = description == null ? "" : description.strip();
    }

    public boolean picked(String event) {
        return events.contains(event);
    }
}
