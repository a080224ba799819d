package org.assay.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One event for one receiver: the exact body sent, and how its tries went. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntity {

    /** PENDING until a try succeeds (DELIVERED) or the last try fails (FAILED). */
    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "webhook_id")
    public Webhook webhook;

    /** The same for every try and re-send, so a receiver can ignore a repeat. */
    @Column(name = "event_id", length = 36)
    public String eventId;

    @Column(length = 40)
    public String event;

    @Column(length = 10_000)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Status status = Status.PENDING;

    public int tries;

    @Column(name = "next_try_at")
    public Instant nextTryAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "claimed_by", length = 64)
    public String claimedBy;

    /** The receiver's HTTP status on the last try; null when it could not be reached. */
    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "last_try_at")
    public Instant lastTryAt;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
