package org.assay.review.transcript;

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
import org.assay.web.Problem;

/** One attempt's transcript as JSON, with the engine's full reports. */
@Path("/api")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TranscriptApiResource {

    private final TranscriptService transcripts;
    private final CurrentUser user;

    public TranscriptApiResource(TranscriptService transcripts, CurrentUser user) {
        this.transcripts = transcripts;
        this.user = user;
    }

    @GET
    @Path("attempts/{id}/transcript")
    @Operation(summary = "One attempt: answers, engine reports, overrides and history; while the caller is to give"
            + " the second marks, the engine's scores only")
    @APIResponse(responseCode = "404", description = "No such attempt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TranscriptJson transcript(@RestPath long id) {
        return transcripts.json(id, user.username())
                .orElseThrow(() -> new NotFoundException("There is no attempt " + id + "."));
    }
}
