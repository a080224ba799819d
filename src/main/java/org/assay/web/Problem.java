package org.assay.web;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An API error as application/problem+json (RFC 9457). Every error of the API is built here, so {@code type} follows
 * one scheme: {@value #TYPE_PREFIX} and the kind's name, its title in lower-case words joined by hyphens.
 *
 * @param type a stable identifier of the kind of problem
 * @param title short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param errors for invalid input, one entry per field; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An error, as application/problem+json (RFC 9457)")
public record Problem(
        @Schema(description = TYPE_DESCRIPTION, examples = "urn:assay:problem:invalid-input") String type,
        String title,
        int status,
        String detail,
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:assay:problem:";

    static final String TYPE_DESCRIPTION = "urn:assay:problem: followed by the kind of problem. By status: bad-request"
            + " (400), sign-in-required (401), not-allowed (403), not-found (404), method-not-allowed (405),"
            + " conflict (409), no-longer-available (410), too-large (413), unsupported-media-type (415),"
            + " invalid-input (422), precondition-required (428), request-not-accepted (other 4xx), busy-try-again"
            + " (503, with Retry-After: nothing was changed, send the same request again), server-error"
            + " (other 5xx). Rubrics: invalid-rubric (422). A candidate's link (/api/t): this-link-is-not-valid,"
            + " no-such-question (404),"
            + " this-test-is-not-ready, not-started, a-newer-version-is-saved (409),"
            + " this-test-is-open-on-another-device (409: another browser took the test over), time-is-up,"
            + " this-test-has-been-submitted, this-invitation-has-expired, this-invitation-has-been-withdrawn,"
            + " this-link-has-been-replaced (410), invalid-save (400),"
            + " answer-too-long (422).";

    /** One invalid field of a request. */
    public record FieldProblem(String field, String message) {
    }

    /** The type of the kind of problem with this title. */
    public static String type(String title) {
        return TYPE_PREFIX + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The problem of a status, with its usual title. */
    public static Problem of(int status, String detail) {
        return of(status, ErrorPages.title(status), detail, null);
    }

    /** A problem with its own title, and for invalid input the fields at fault. */
    public static Problem of(int status, String title, String detail, List<FieldProblem> errors) {
        return new Problem(type(title), title, status, detail, errors);
    }
}
