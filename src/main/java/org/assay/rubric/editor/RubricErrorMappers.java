package org.assay.rubric.editor;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.assay.engine.rubric.RubricProblem;
import org.assay.rubric.RubricInvalidException;
import org.assay.rubric.VersionConflictException;
import org.assay.web.ErrorPages;
import org.assay.web.ErrorView;
import org.assay.web.Problem;

/** Rubric failures that reach no resource's own handling: a 422 or 409 page, or problem+json under /api. */
public final class RubricErrorMappers {

    @ServerExceptionMapper
    public Response invalid(RubricInvalidException e, UriInfo uri) {
        if (isApi(uri)) {
            return Response.status(422).type(RubricProblemDocument.MEDIA_TYPE)
                    .entity(RubricProblemDocument.invalid(e.problems())).build();
        }
        var detail = String.join(" ", e.problems().stream().map(RubricProblem::toString).toList());
        return page(422, detail);
    }

    @ServerExceptionMapper
    public Response conflict(VersionConflictException e, UriInfo uri) {
        if (isApi(uri)) {
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(new Problem("urn:assay:problem:conflict",
                    ErrorPages.title(409), 409, e.getMessage(), null)).build();
        }
        return page(409, e.getMessage());
    }

    private static Response page(int status, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPages.forStatus(new ErrorView(status, ErrorPages.title(status), detail, ""))).build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().equals("/api") || uri.getPath().startsWith("/api/");
    }
}
