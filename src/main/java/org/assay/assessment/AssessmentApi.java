package org.assay.assessment;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.assessment.AssessmentViews.AssessmentDetail;
import org.assay.assessment.AssessmentViews.AssessmentRow;
import org.assay.assessment.AssessmentViews.CreatedInvitation;
import org.assay.assessment.AssessmentViews.InvitationRow;
import org.assay.assessment.BulkInvitationService.BulkReport;
import org.assay.assessment.AssessmentViews.IntegritySettings;
import org.assay.web.Problem;

/** JSON API for scripts: create, edit, copy and archive assessments, and invite candidates. Admins only. */
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

    /**
     * A new invitation; {@code token} and {@code url} are returned only this once. {@code alreadyInvited} lists the
     * address's earlier live invitations to the same assessment, if any.
     */
    public record CreatedLink(long id, String token, String url, Instant expiresAt, List<Long> alreadyInvited) {

        static CreatedLink of(CreatedInvitation created, List<Long> alreadyInvited) {
            return new CreatedLink(created.id(), created.token(), created.url(), created.expiresAt(), alreadyInvited);
        }
    }

    private final AssessmentService assessments;
    private final InvitationService invitations;
    private final CurrentUser user;
    private final BulkInvitationService bulk;

    public AssessmentApi(AssessmentService assessments, InvitationService invitations, CurrentUser user,
            BulkInvitationService bulk) {
        this.bulk = bulk;
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
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "The assessments in use, newest first; with archived=true the archived ones")
    public List<AssessmentRow> list(@RestQuery boolean archived) {
        return assessments.list(archived);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Edit an assessment; once an attempt has started, only the title",
            description = "Absent fields keep their value only where noted: bank defaults to the current bank and"
                    + " timeLimitMinutes to the current limit. After the first attempt has started, a body that"
                    + " changes anything but the title is refused with 409 and the reason.")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = AssessmentDetail.class)))
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Candidates have started it: only the title may change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentDetail update(@RestPath long id, AssessmentForm form) {
        assessments.update(id, form == null ? new AssessmentForm(null, null, null, null, false) : form,
                user.username());
        return assessment(id);
    }

    @POST
    @Path("{id}/duplicate")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Copy an assessment (questions, order, suggested times, options) without its invitations")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response duplicate(@RestPath long id) {
        var copy = assessments.duplicate(id, user.username());
        return Response.created(URI.create("/api/assessments/" + copy.id)).entity(new Created(copy.id)).build();
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Archive: hidden from the list, no new invitations; attempts already started carry on")
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentDetail archive(@RestPath long id) {
        assessments.archive(id, true, user.username());
        return assessment(id);
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Bring an archived assessment back into use")
    @APIResponse(responseCode = "404", description = "No such assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentDetail restore(@RestPath long id) {
        assessments.archive(id, false, user.username());
        return assessment(id);
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
    @APIResponse(responseCode = "409", description = "The assessment is archived; or, with ifAlreadyInvited=refuse,"
            + " the address already has a live invitation to this assessment (the detail names it; resend it instead)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(@RestPath long id, InvitationForm form,
            @Parameter(description = "create (the default) invites anyway and lists the earlier invitations in"
                    + " alreadyInvited; refuse answers 409 instead") @RestQuery String ifAlreadyInvited) {
        var input = form == null ? new InvitationForm(null, null, null) : form;
        var earlier = invitations.alreadyInvited(id, input.candidateEmail()).stream().map(InvitationRow::id)
                .toList();
        if (!earlier.isEmpty() && "refuse".equals(ifAlreadyInvited)) {
            throw new ClientErrorException("This address already has a live invitation to this assessment:"
                    + " invitation " + earlier.get(0) + ". Resend it with POST /api/invitations/" + earlier.get(0)
                    + "/resend, or invite again without ifAlreadyInvited=refuse.", InvitationService.CONFLICT);
        }
        var created = invitations.invite(id, input, user.username());
        return Response.created(URI.create("/api/invitations/" + created.id()))
                .entity(CreatedLink.of(created, earlier)).build();
    }

    @POST
    @Path("{id}/invitations/bulk")
    @RolesAllowed(Role.ADMIN)
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Operation(summary = "Invite every candidate a CSV lists (name, email, extra time, expiry; an optional header"
            + " line names the columns); the report says line by line what was created, with each link, and why"
            + " the others were refused")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = BulkReport.class)))
    @APIResponse(responseCode = "422", description = "No candidates, or too many lines",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BulkReport inviteAll(@RestPath long id, String csv) {
        return bulk.inviteAll(id, csv, user.username());
    }


}
