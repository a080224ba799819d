package org.assay.review.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.review.second.AgreementView;
import org.assay.review.second.SecondMarkingService;
import org.assay.web.Problem;

/**
 * Question statistics for scripts. Shares the class path of the other assessment APIs on purpose (see
 * ResultsResource).
 */
@Path("/api/assessments")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Tag(name = "Review")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatisticsApi {

    private final StatisticsService statistics;
    private final SecondMarkingService marking;
    private final CurrentUser user;

    public StatisticsApi(StatisticsService statistics, SecondMarkingService marking, CurrentUser user) {
        this.statistics = statistics;
        this.marking = marking;
        this.user = user;
    }

    @GET
    @Path("{id}/statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Per question: attempts, facility, discrimination, score histogram, criterion and flag"
            + " rates, overrides and the engine's agreement with the final scores")
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatisticsView statistics(@RestPath long id) {
        return statistics.assessment(id, user.username())
                .orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
    }

    @GET
    @Path("{id}/agreement")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Second marking of an assessment: exact and adjacent agreement and quadratic weighted kappa"
            + " between the two reviewers' marks, and of each reviewer's marks with the engine's scores")
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView agreement(@RestPath long id) {
        return marking.agreement(id).orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
    }
}
