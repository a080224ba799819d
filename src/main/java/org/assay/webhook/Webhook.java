package org.assay.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A receiver registered by an admin: where to post, the shared secret that signs each body, and which events. */
@Entity
public class Webhook extends PanacheEntity {

    @NotBlank
    @Column(length = 2000)
    public String url;

    /** Kept as given: signing needs the secret itself, so it is shown to nobody after registration. */
    @NotBlank
    @Column(length = 200)
    public String secret;

    /** Wire names separated by commas, such as {@code attempt.submitted,review.completed}. */
    @NotBlank
    @Column(length = 500)
    public String events;

    @Column(length = 200)
    public String description;

    public boolean active = true;

    @Column(name = "created_by", length = 64)
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public List<String> eventList() {
        return Arrays.stream(events.split(",")).filter(e -> !e.isBlank()).toList();
    }

    public boolean wants(WebhookEvent event) {
        return active && eventList().contains(event.wireName());
    }
}
