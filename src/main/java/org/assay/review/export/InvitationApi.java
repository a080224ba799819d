package org.assay.review.export;

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
import org.assay.review.export.ResultsService.InvitationDetails;
import org.assay.web.Problem;

/** JSON API for scripts: where a candidate is and, once submitted, the scores. */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments and invitations")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InvitationApi {

    private final ResultsService results;
    private final CurrentUser user;

    public InvitationApi(ResultsService results, CurrentUser user) {
        this.results = results;
        this.user = user;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
    @Operation(summary = "An invitation's status and, once submitted, the scores: automatic and final")
    @APIResponse(responseCode = "404", description = "No such invitation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InvitationDetails invitation(@RestPath long id) {
        return results.details(id, user.isAdmin(), user.username())
                .orElseThrow(() -> new NotFoundException("There is no invitation " + id + "."));
    }
}
