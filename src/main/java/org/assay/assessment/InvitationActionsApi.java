package org.assay.assessment;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.assessment.AssessmentApi.CreatedLink;
import org.assay.assessment.AssessmentViews.InvitationRow;
import org.assay.web.Problem;

/** JSON API for scripts: list invitations, and revoke, extend or resend one nobody has started with. */
@Path("/api/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments and invitations")
@RolesAllowed(Role.ADMIN)
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such invitation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InvitationActionsApi {

    /** How many days to add to an invitation's expiry. */
    public record Extension(@Schema(examples = "7") Integer days) {
    }

    private final InvitationService invitations;
    private final CurrentUser user;

    public InvitationActionsApi(InvitationService invitations, CurrentUser user) {
        this.invitations = invitations;
        this.user = user;
    }

    @GET
    @Operation(summary = "Invitations, newest first, of one assessment or all, optionally of one status")
    public List<InvitationRow> list(@RestQuery Long assessmentId, @RestQuery String status) {
        var wanted = Arrays.stream(InvitationStatus.values()).filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst();
        return invitations.list(Optional.ofNullable(assessmentId)).stream()
                .filter(row -> wanted.isEmpty() || row.status() == wanted.get()).toList();
    }

    @POST
    @Path("{id}/revoke")
    @Operation(summary = "Revoke a link nobody has started with: it answers 410 from then on")
    @APIResponse(responseCode = "409", description = "Already revoked, or the candidate has started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InvitationRow revoke(@RestPath long id) {
        return invitations.revoke(id, user.username());
    }

    @POST
    @Path("{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the expiry of a link nobody has started with later (from now, if it has expired)")
    @APIResponse(responseCode = "409", description = "Revoked, or the candidate has started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Days missing or beyond the longest validity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InvitationRow extend(@RestPath long id, Extension extension) {
        return invitations.extend(id, extension == null ? null : extension.days(), user.username());
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "A new link in place of one nobody has started with; the old link is revoked. The new"
            + " token and url are returned only in this response")
    @APIResponse(responseCode = "201", description = "The new invitation",
            content = @Content(schema = @Schema(implementation = CreatedLink.class)))
    @APIResponse(responseCode = "409", description = "Revoked, or the candidate has started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resend(@RestPath long id) {
        var created = invitations.resend(id, user.username());
        return Response.created(URI.create("/api/invitations/" + created.id()))
                .entity(CreatedLink.of(created, List.of())).build();
    }
}
