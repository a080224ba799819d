package org.assay.assessment;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.assessment.AssessmentViews.AssessmentRow;
import org.assay.assessment.AssessmentViews.InvitationRow;
import org.assay.assessment.AssessmentViews.Revealed;
import org.assay.assessment.BulkInvitationService.BulkReport;
import org.assay.web.AssayConfig;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/**
 * Admin pages: every invitation with where the candidate is, filtered by status or by expiry ahead; inviting one
 * candidate or a CSV file of them; the page that shows a new link once; revoking, extending and resending.
 */
@Path(NewLinkCookie.PATH)
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class InvitationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(InvitationsView view);

        static native TemplateInstance created(Revealed view);

        static native TemplateInstance bulk(BulkReport report, String assessmentTitle);
    }

    /**
     * The invitation list with its filters, and the forms to invite.
     *
     * @param expiringDays when set, only invitations not started whose link runs out within that many days
     */
    public record InvitationsView(List<InvitationRow> invitations, List<InvitationStatus> statuses,
            String status, List<AssessmentRow> assessments, Long assessmentId, InvitationForm form, FormErrors errors,
            List<InvitationRow> alreadyInvited, long defaultDays, long maxDays, int maxRows, Integer expiringDays) {

        public String validityHelp() {
            return "From 1 to " + maxDays + " days; " + defaultDays + " when left empty.";
        }

        /** The address was already invited: the form now invites again. */
        public boolean again() {
            return !alreadyInvited.isEmpty();
        }
    }

    /** Longest look-ahead of the expiring filter. */
    static final int MAX_EXPIRING_DAYS = 366;

    private final InvitationService invitations;
    private final BulkInvitationService bulk;
    private final AssessmentService assessments;
    private final CurrentUser user;
    private final Flash flash;
    private final NewLinkCookie newLink;
    private final AssayConfig config;

    public InvitationResource(InvitationService invitations, BulkInvitationService bulk,
            AssessmentService assessments, CurrentUser user, Flash flash, NewLinkCookie newLink, AssayConfig config) {
        this.invitations = invitations;
        this.bulk = bulk;
        this.assessments = assessments;
        this.user = user;
        this.flash = flash;
        this.newLink = newLink;
        this.config = config;
    }

    @GET
    public TemplateInstance list(@RestQuery String status, @RestQuery String expiring) {
        var days = expiring == null || !expiring.strip().matches("\\d{1,3}") ? null
                : Math.min(Integer.parseInt(expiring.strip()), MAX_EXPIRING_DAYS);
        return page(status, days, null, new InvitationForm("", "", null), FormErrors.NONE, List.of());
    }

    @POST
    public Response invite(@RestForm Long assessmentId, @RestForm String candidateName,
            @RestForm String candidateEmail, @RestForm Integer validDays, @RestForm Integer extraTimePercent,
            @RestForm Integer extraTimeMinutes, @RestForm boolean inviteAgain) {
        var form = new InvitationForm(candidateName, candidateEmail, validDays, extraTimePercent, extraTimeMinutes);
        if (assessmentId == null) {
            var errors = new FormErrors.Builder().add("assessmentId", "Choose an assessment.").build();
            return Response.status(422).entity(page(null, null, form, errors, List.of())).build();
        }
        try {
            var earlier = inviteAgain ? List.<InvitationRow>of()
                    : invitations.alreadyInvited(assessmentId, candidateEmail);
            if (!earlier.isEmpty()) {
                return Response.status(409).entity(page(null, assessmentId, form, FormErrors.NONE, earlier)).build();
            }
            return newLink.redirect(invitations.invite(assessmentId, form, user.username()));
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(null, assessmentId, form, e.errors(), List.of())).build();
        }
    }

    /** The page after making an invitation: the link the first time, and only a note when loaded again. */
    @GET
    @Path("{id}/created")
    public Response created(@RestPath long id, @CookieParam(NewLinkCookie.NAME) String cookie) {
        var view = invitations.reveal(id, newLink.token(cookie, id))
                .orElseThrow(() -> new NotFoundException("There is no invitation " + id + "."));
        return Response.ok(Templates.created(view)).cookie(newLink.clear()).build();
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@RestPath long id) {
        var row = invitations.revoke(id, user.username());
        flash.set("Revoked the invitation of " + row.candidateName() + ": the link no longer works.");
        return back();
    }

    @POST
    @Path("{id}/extend")
    public Response extend(@RestPath long id, @RestForm Integer days) {
        var row = invitations.extend(id, days, user.username());
        flash.set("The link of " + row.candidateName() + " now expires " + row.expires() + ".");
        return back();
    }

    @POST
    @Path("{id}/resend")
    public Response resend(@RestPath long id) {
        return newLink.redirect(invitations.resend(id, user.username()));
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response bulk(@RestForm Long assessmentId, @RestForm("file") FileUpload file) {
        var errors = new FormErrors.Builder()
                .addIf(assessmentId == null, "bulkAssessmentId", "Choose an assessment.")
                .addIf(file == null || file.size() == 0, "file", "Choose a CSV file.")
                .addIf(file != null && file.size() > config.limits().uploadBytes(), "file",
                        "The file is larger than " + config.limits().uploadBytes() + " bytes.")
                .build();
        if (errors.any()) {
            return Response.status(422).entity(page(null, null, new InvitationForm("", "", null), errors,
                    List.of())).build();
        }
        try {
            var text = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            var report = bulk.inviteAll(assessmentId, text, user.username());
            // The links are in this response only; sending the same file again invites nobody twice
            return Response.ok(Templates.bulk(report, invitations.assessment(assessmentId).title)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(null, assessmentId, new InvitationForm("", "", null),
                    e.errors(), List.of())).build();
        } catch (IOException e) {
            var unreadable = new FormErrors.Builder().add("file", "The file is not UTF-8 text.").build();
            return Response.status(422).entity(page(null, assessmentId, new InvitationForm("", "", null),
                    unreadable, List.of())).build();
        }
    }

    private static Response back() {
        return Response.seeOther(URI.create(NewLinkCookie.PATH)).build();
    }

    private TemplateInstance page(String status, Long assessmentId, InvitationForm form, FormErrors errors,
            List<InvitationRow> alreadyInvited) {
        return page(status, null, assessmentId, form, errors, alreadyInvited);
    }

    private TemplateInstance page(String status, Integer expiringDays, Long assessmentId, InvitationForm form,
            FormErrors errors, List<InvitationRow> alreadyInvited) {
        var wanted = Arrays.stream(InvitationStatus.values()).filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst();
        var rows = expiringDays != null ? invitations.expiringWithin(Duration.ofDays(expiringDays))
                : invitations.list(Optional.empty()).stream()
                        .filter(row -> wanted.isEmpty() || row.status() == wanted.get()).toList();
        return Templates.list(new InvitationsView(rows, List.of(InvitationStatus.values()),
                expiringDays != null ? "" : wanted.map(Enum::name).orElse(""), assessments.list(false), assessmentId,
                form, errors, alreadyInvited, config.test().invitationValidity().toDays(),
                config.test().maxInvitationValidity().toDays(), config.limits().invitationRows(), expiringDays));
    }
}
