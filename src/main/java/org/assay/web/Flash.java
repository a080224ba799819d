package org.assay.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * A one-line message that survives the redirect after a POST (Post/Redirect/Get) and is shown once on the next page.
 * Carried in a short-lived cookie by {@link FlashFilters}.
 */
@RequestScoped
public class Flash {

    private String incoming;
    private String outgoing;

    /** Shows {@code message} on the page the browser is redirected to next. */
    public void set(String message) {
        outgoing = message;
    }

    void received(String message) {
        incoming = message;
    }

    /** The message to hand to the next page, if one was set during this request. */
    Optional<String> outgoing() {
        return Optional.ofNullable(outgoing);
    }

    /** The message set by the previous request, if any. */
    public Optional<String> message() {
        return Optional.ofNullable(incoming);
    }
}
