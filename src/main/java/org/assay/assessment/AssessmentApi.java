package org.assay.assessment;

import java.net.URI;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.assessment.AssessmentViews.AssessmentDetail;
import org.assay.assessment.AssessmentViews.IntegritySettings;
import org.assay.web.Problem;

/** JSON API for scripts: create assessments and invite candidates. HTTP Basic with an admin account. */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments and invitations")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AssessmentApi {

    /** The id of what was created. */
    public record Created(long id) {
    }

    /** A new invitation; {@code token} and {@code url} are returned only this once. */
    public record CreatedLink(long id, String token, String url, Instant expiresAt) {
    }

    private final AssessmentService assessments;
    private final InvitationService invitations;
    private final CurrentUser user;

    public AssessmentApi(AssessmentService assessments, InvitationService invitations, CurrentUser user) {
        this.assessments = assessments;
        this.invitations = invitations;
        this.user = user;
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Create an assessment from questions of a bank")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "422", description = "Invalid input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(AssessmentForm form) {
        var assessment = assessments.create(form == null ? new AssessmentForm(null, null, null, null, false) : form,
                user.username());
        return Response.created(URI.create("/api/assessments/" + assessment.id)).entity(new Created(assessment.id))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "An assessment with its questions and invitations (admins: it names every candidate)")
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentDetail assessment(@RestPath long id) {
        return assessments.find(id).orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
    }

    @PUT
    @Path("{id}/integrity")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Which integrity signals (pastes, focus, typing) the assessment records; none deducts points")
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntegritySettings integrity(@RestPath long id, IntegritySettings settings) {
        if (settings == null) {
            throw new BadRequestException(
                    "Send {\"pastes\": true|false, \"focus\": true|false, \"typing\": true|false}.");
        }
        return assessments.setIntegrity(id, settings, user.username());
    }

    @POST
    @Path("{id}/invitations")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Invite a candidate; the link is returned only in this response")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CreatedLink.class)))
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@RestPath long id, InvitationForm form) {
        var created = invitations.invite(id, form == null ? new InvitationForm(null, null, null) : form,
                user.username());
        return Response.created(URI.create("/api/invitations/" + created.id()))
                .entity(new CreatedLink(created.id(), created.token(), created.url(), created.expiresAt())).build();
    }


}
