package org.assay.rubric.editor;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.assay.engine.rubric.RubricProblem;
import org.assay.rubric.RubricInvalidException;
import org.assay.rubric.VersionConflictException;
import org.assay.web.ErrorMappers;

/** Rubric failures that reach no resource's own handling: a 422 or 409 page, or problem+json under /api. */
public final class RubricErrorMappers {

    @ServerExceptionMapper
    public Response invalid(RubricInvalidException e, UriInfo uri) {
        if (ErrorMappers.isApi(uri)) {
            return Response.status(422).type(RubricProblemDocument.MEDIA_TYPE)
                    .entity(RubricProblemDocument.invalid(e.problems())).build();
        }
        return ErrorMappers.page(422, String.join(" ", e.problems().stream().map(RubricProblem::toString).toList()));
    }

    @ServerExceptionMapper
    public Response conflict(VersionConflictException e, UriInfo uri) {
        return ErrorMappers.respond(uri, 409, e.getMessage());
    }
}
