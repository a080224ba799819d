package org.assay.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An API error as application/problem+json (RFC 9457).
 *
 * @param type a stable identifier of the kind of problem
 * @param title short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param errors for invalid input, one entry per field; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    public record FieldProblem(String field, String message) {
    }
}
