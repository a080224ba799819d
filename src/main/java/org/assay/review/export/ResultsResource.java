package org.assay.review.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import org.assay.account.Role;

/**
 * An assessment's results as CSV or JSON. The class path is shared with the assessments API; both must keep exactly
 * "/api/assessments" so that the two classes are merged rather than one hiding the other.
 */
@Path("/api/assessments")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
public class ResultsResource {

    static final String CSV = "text/csv";

    private final ResultsService results;

    public ResultsResource(ResultsService results) {
        this.results = results;
    }

    @GET
    @Path("{id}/results")
    @Produces(MediaType.APPLICATION_JSON)
    public Results results(@RestPath long id) {
        return find(id);
    }

    @GET
    @Path("{id}/results.csv")
    @Produces(CSV)
    public Response csv(@RestPath long id) {
        var body = ResultsService.csv(find(id));
        return Response.ok(body, CSV + ";charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"assessment-" + id + "-results.csv\"").build();
    }

    private Results find(long id) {
        return results.results(id).orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
    }
}
