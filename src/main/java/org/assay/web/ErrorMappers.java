package org.assay.web;

import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every failure into a page (for browsers) or application/problem+json (under /api). Pages never show a stack
 * trace; server errors get a reference that is also logged.
 */
public final class ErrorMappers {

    /** The cookie form login reads to send the user back where they were going. */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";
    static final String LOGIN_FORM_POST = "/j_security_check";
    /** Seconds a client waits before sending a request again that met a busy database. */
    static final String RETRY_AFTER_SECONDS = "1";

    @ServerExceptionMapper
    public Response status(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return serverError(e, uri);
        }
        return respond(uri, status, e.getMessage() == null ? "" : detailOf(e, status));
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        var fields = e.errors().messages().entrySet().stream()
                .map(entry -> new Problem.FieldProblem(entry.getKey(), entry.getValue())).toList();
        return respond(uri, 422, e.getMessage(), fields);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        var fields = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field())).toList();
        var detail = String.join("; ", fields.stream().map(f -> f.field() + ": " + f.message()).toList());
        return respond(uri, 422, detail, fields);
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        return respond(uri, 400, "The request body is not valid JSON for this operation: "
                + e.getOriginalMessage());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(UriInfo uri, HttpServerRequest request) {
        if (isApi(uri)) {
            return Response.fromResponse(problem(401, "Send an API token as 'Authorization: Bearer <token>', or HTTP"
                    + " Basic credentials of an admin or interviewer. A revoked token no longer works."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Assay\"")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Assay\"").build();
        }
        if (uri.getPath().equals(LOGIN_FORM_POST)) {
            // Refused sign-in: back to the form, which says why sign-ins fail without telling which part was wrong
            return Response.seeOther(URI.create("/login?error=true")).build();
        }
        if (HttpMethod.GET.equals(request.method().name())) {
            // Back to this page after signing in
            var location = new NewCookie.Builder(LOCATION_COOKIE).value(request.absoluteURI()).path("/")
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
            return Response.seeOther(URI.create("/login")).cookie(location).build();
        }
        return page(401, "Your session has ended. Sign in again in a new tab, then send the form again.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, "Your account may not open this. Ask an admin if you need access.");
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (clientGone(e)) {
            // The client closed the connection before its request was read (a closed tab, a timeout): not our error
            Log.debugf("Client went away during %s: %s", uri.getPath(), rootMessage(e));
            return Response.status(400).build();
        }
        if (SqlStates.unstorableCharacter(e)) {
            return respond(uri, 422, "The text holds a character that cannot be stored, such as the NUL character"
                    + " (\\u0000). Remove it and send the form again; nothing was saved.");
        }
        if (SqlStates.contention(e)) {
            Log.warnf("Database busy on %s, answered 503: %s", uri.getPath(), rootMessage(e));
            return Response.fromResponse(respond(uri, 503, "The database was busy with the same record and nothing"
                    + " was changed. Send the same request again in a moment."))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (SqlStates.poolExhausted(e)) {
            Log.warnf("No database connection free for %s, answered 503", uri.getPath());
            return Response.fromResponse(respond(uri, 503, "The server is busy and nothing was changed. Send the same"
                    + " request again in a moment."))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        return serverError(e, uri);
    }

    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClosedChannelException || t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = String.valueOf(root.getMessage());
        // H2 quotes the whole locked row: its first words say enough
        return root.getClass().getSimpleName() + ": " + (message.length() > 160 ? message.substring(0, 160) + "…"
                : message);
    }

    private static Response serverError(Throwable e, UriInfo uri) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        var detail = "The error was logged with reference " + reference + ".";
        if (isApi(uri)) {
            return problem(500, detail);
        }
        return pageResponse(new ErrorView(500, ErrorPages.title(500), "", reference));
    }

    /** A page, or problem+json under /api, with the status and detail. */
    public static Response respond(UriInfo uri, int status, String detail) {
        return respond(uri, status, detail, null);
    }

    private static Response respond(UriInfo uri, int status, String detail, List<Problem.FieldProblem> fields) {
        if (isApi(uri)) {
            var body = Problem.of(status, ErrorPages.title(status), detail, fields);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
        }
        return page(status, detail);
    }

    static Response problem(int status, String detail) {
        var body = Problem.of(status, detail);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    public static Response page(int status, String detail) {
        return pageResponse(new ErrorView(status, ErrorPages.title(status), detail, ""));
    }

    private static Response pageResponse(ErrorView view) {
        return Response.status(view.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.forStatus(view)).build();
    }

    public static boolean isApi(UriInfo uri) {
        var path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String detailOf(WebApplicationException e, int status) {
        // JAX-RS fills in "HTTP 404 Not Found" and the like when no message was given: say it in words instead
        return e.getMessage().startsWith("HTTP " + status) ? "" : e.getMessage();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "create.body.title" -> "title": the path starts with the method and parameter names
        var path = violation.getPropertyPath().toString();
        var parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }
}
