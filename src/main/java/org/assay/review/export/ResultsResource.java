package org.assay.review.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.web.Problem;

/**
 * An assessment's results as CSV or JSON. Shares the class path of the assessment API on purpose: RESTEasy Reactive
 * merges classes with the same path, while a class at a different prefix of the same URLs would hide the other.
 */
@Path("/api/assessments")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Tag(name = "Review")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such assessment",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ResultsResource {

    static final String CSV = "text/csv";

    private final ResultsService results;
    private final AnswerExportService answers;
    private final CurrentUser user;

    public ResultsResource(ResultsService results, AnswerExportService answers, CurrentUser user) {
        this.results = results;
        this.answers = answers;
        this.user = user;
    }

    @GET
    @Path("{id}/answers.csv")
    @Operation(summary = "An assessment's answers as CSV: a row per answer, with how its score adds up from the"
            + " criteria, misconceptions and adjustment, and its flags in plain words")
    @Produces(CSV)
    public Response answersCsv(@RestPath long id) {
        var body = answers.csv(id, user.username())
                .orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
        return Response.ok(body, CSV + ";charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"assessment-" + id + "-answers.csv\"").build();
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "An assessment's results: per attempt, each question's automatic and final score")
    @Produces(MediaType.APPLICATION_JSON)
    public Results results(@RestPath long id) {
        return find(id);
    }

    @GET
    @Path("{id}/results.csv")
    @Operation(summary = "An assessment's results as CSV: a row per attempt, a column per question, both totals")
    @Produces(CSV)
    public Response csv(@RestPath long id) {
        var body = ResultsService.csv(find(id));
        return Response.ok(body, CSV + ";charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"assessment-" + id + "-results.csv\"").build();
    }

    private Results find(long id) {
        return results.results(id, user.username())
                .orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
    }
}
