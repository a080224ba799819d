package org.assay.webhook;

/** Fired when deliveries were queued, so the sender starts once their transaction has committed. */
public record DeliveriesQueued() {
}
