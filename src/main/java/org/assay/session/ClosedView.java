package org.assay.session;

/** A friendly page for a link that no longer (or never did) lead to an open test. */
public record ClosedView(String heading, String message) {
}
