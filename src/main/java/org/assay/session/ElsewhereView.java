package org.assay.session;

/**
 * The notice shown when the test is open on another browser. {@code unsaved} is the text this browser posted and the
 * server did not save, shown so it can be copied; null when there is none.
 */
public record ElsewhereView(String token, String title, String since, String sinceLabel, String unsaved) {
}
