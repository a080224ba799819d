package org.assay.assessment;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.assessment.AssessmentViews.AssessmentDetail;
import org.assay.assessment.AssessmentViews.AssessmentRow;
import org.assay.assessment.AssessmentViews.BankChoice;
import org.assay.assessment.AssessmentViews.CreatedInvitation;
import org.assay.web.AssayConfig;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/** Admin pages: the assessment list, creating one, and inviting candidates to it. */
@Path("/admin/assessments")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AssessmentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AssessmentRow> assessments);

        static native TemplateInstance create(NewAssessmentView view);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance invited(CreatedInvitation invitation, String assessmentTitle);
    }

    /** The new-assessment form: the banks, the one chosen, what was typed and what was wrong. */
    public record NewAssessmentView(List<BankChoice> banks, BankChoice bank, AssessmentForm form, FormErrors errors,
            int maxTimeLimitMinutes) {

        public String timeLimitHelp() {
            return "From the start page to the automatic submit. At most " + maxTimeLimitMinutes + " minutes.";
        }
    }

    /** An assessment with the invitation form. */
    public record DetailView(AssessmentDetail assessment, InvitationForm form, FormErrors errors, long defaultDays,
            long maxDays) {

        public String validityHelp() {
            return "From 1 to " + maxDays + " days; " + defaultDays + " when left empty.";
        }
    }

    private final AssessmentService assessments;
    private final InvitationService invitations;
    private final CurrentUser user;
    private final Flash flash;
    private final AssayConfig config;

    public AssessmentResource(AssessmentService assessments, InvitationService invitations,
            CurrentUser user, Flash flash, AssayConfig config) {
        this.assessments = assessments;
        this.invitations = invitations;
        this.user = user;
        this.flash = flash;
        this.config = config;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(assessments.list());
    }

    @GET
    @Path("new")
    public TemplateInstance create(@RestQuery String bank) {
        return newForm(new AssessmentForm("", bank, List.of(), null, false), FormErrors.NONE);
    }

    @POST
    public Response create(@RestForm String title, @RestForm String bank, @RestForm List<String> questions,
            @RestForm Integer timeLimitMinutes, @RestForm boolean blindReview) {
        var form = new AssessmentForm(title, bank, questions, timeLimitMinutes, blindReview);
        try {
            var assessment = assessments.create(form, user.username());
            flash.set("Created assessment \u201c" + assessment.title + "\u201d. Invite candidates below.");
            return Response.seeOther(URI.create("/admin/assessments/" + assessment.id)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(newForm(form, e.errors())).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id) {
        return detailPage(id, new InvitationForm("", "", null), FormErrors.NONE);
    }

    /** Turns integrity signals on or off; an unticked box is absent from the form. */
    @POST
    @Path("{id}/integrity")
    public Response integrity(@RestPath long id, @RestForm boolean pastes, @RestForm boolean focus,
            @RestForm boolean typing) {
        assessments.setIntegrity(id, new AssessmentViews.IntegritySettings(pastes, focus, typing), user.username());
        flash.set("Saved which integrity signals are recorded.");
        return Response.seeOther(URI.create("/admin/assessments/" + id)).build();
    }

    @POST
    @Path("{id}/invitations")
    public Response invite(@RestPath long id, @RestForm String candidateName, @RestForm String candidateEmail,
            @RestForm Integer validDays, @RestForm Integer extraTimePercent, @RestForm Integer extraTimeMinutes) {
        var form = new InvitationForm(candidateName, candidateEmail, validDays, extraTimePercent, extraTimeMinutes);
        try {
            var created = invitations.invite(id, form, user.username());
            // Shown directly, not after a redirect: the link exists only in this response
            return Response.ok(Templates.invited(created, assessment(id).title())).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(detailPage(id, form, e.errors())).build();
        }
    }

    private TemplateInstance newForm(AssessmentForm form, FormErrors errors) {
        var banks = assessments.banks();
        var chosen = banks.stream().filter(b -> b.key().equals(form.bank())).findFirst()
                .or(() -> banks.stream().findFirst()).orElse(null);
        return Templates.create(new NewAssessmentView(banks, chosen, form, errors,
                config.test().maxTimeLimitMinutes()));
    }

    private TemplateInstance detailPage(long id, InvitationForm form, FormErrors errors) {
        return Templates.detail(new DetailView(assessment(id), form, errors,
                config.test().invitationValidity().toDays(), config.test().maxInvitationValidity().toDays()));
    }

    private AssessmentDetail assessment(long id) {
        return assessments.find(id).orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
    }
}
