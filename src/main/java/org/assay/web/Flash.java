package org.assay.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * A one-line message that survives the redirect after a POST (Post/Redirect/Get) and is shown once on the next page.
 * Carried in a short-lived cookie by {@link FlashFilters}.
 */
@RequestScoped
public class Flash {

    String incoming;
    String outgoing;

    /** Shows {@code message} on the page the browser is redirected to next. */
    public void set(String message) {
        outgoing = message;
    }

    /** The message set by the previous request, if any. */
    public Optional<String> message() {
        return Optional.ofNullable(incoming);
    }
}
