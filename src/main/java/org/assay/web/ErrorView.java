package org.assay.web;

/**
 * What an error page shows.
 *
 * @param status the HTTP status
 * @param title short summary
 * @param detail what went wrong, in words for the user; may be empty
 * @param reference an id also written to the log, for server errors; empty otherwise
 */
public record ErrorView(int status, String title, String detail, String reference) {
}
