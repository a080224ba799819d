package org.assay.session;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.assay.web.Problem;

/**
 * The candidate's errors: a friendly page for a browser, application/problem+json under /api. A link that never
 * worked is a 404; one that no longer works (expired, submitted, time over) is a 410.
 */
public final class SessionErrorMappers {

    static final String PROBLEM_JSON = Problem.MEDIA_TYPE;

    @ServerExceptionMapper
    public Response unknownToken(UnknownTokenException e, UriInfo uri) {
        return respond(uri, 404, "This link is not valid", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response unknownQuestion(UnknownQuestionException e, UriInfo uri) {
        return respond(uri, 404, "No such question", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response closed(AttemptClosedException e, UriInfo uri) {
        return respond(uri, 410, e.title(), e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response notReady(TestNotReadyException e, UriInfo uri) {
        return respond(uri, 409, "This test is not ready", e.getMessage(), Map.of());
    }

    @ServerExceptionMapper
    public Response rejected(AnswerRejectedException e, UriInfo uri) {
        return respond(uri, e.status(), e.title(), e.getMessage(), e.details());
    }

    /** A browser that is not the attempt's active one is led to the notice that offers to continue there. */
    @ServerExceptionMapper
    public Response elsewhere(OpenElsewhereException e, UriInfo uri) {
        if (isApi(uri)) {
            return problem(409, OpenElsewhereException.TITLE, e.getMessage(), Map.of("elsewhere", true));
        }
        return Response.seeOther(URI.create(TakeTestService.base(e.token()))).build();
    }

    /** Pages of a test that has not been started lead back to its welcome page. */
    @ServerExceptionMapper
    public Response notStarted(NotStartedException e, UriInfo uri) {
        if (isApi(uri)) {
            return problem(409, "Not started", e.getMessage(), Map.of());
        }
        return Response.seeOther(URI.create(TakeTestService.base(e.token()))).build();
    }

    private static Response respond(UriInfo uri, int status, String title, String detail,
            Map<String, Object> details) {
        if (isApi(uri)) {
            return problem(status, title, detail, details);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(TakeTestResource.Templates.closed(new ClosedView(title, detail))).build();
    }

    private static Response problem(int status, String title, String detail, Map<String, Object> details) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", Problem.type(title));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(details);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}
