package org.assay.assessment;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import org.assay.assessment.AssessmentViews.QuestionChoice;
import org.assay.assessment.AssessmentViews.InvitationRow;
import org.assay.web.AssayConfig;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Numbers;

/** Admin pages: the assessment list, creating, editing, duplicating and archiving one, and inviting to it. */
@Path("/admin/assessments")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AssessmentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AssessmentRow> assessments, boolean archived);

        static native TemplateInstance create(NewAssessmentView view);

        static native TemplateInstance detail(DetailView view);

    }

    /**
     * The new- or edit-assessment form: the banks, the one chosen, what was typed and what was wrong.
     *
     * @param editing the assessment being edited, or null for a new one
     * @param secondMarking the second-marking form of the assessment being edited, or null for a new one
     */
    public record NewAssessmentView(List<BankChoice> banks, BankChoice bank, AssessmentForm form, FormErrors errors,
            int maxTimeLimitMinutes, AssessmentDetail editing, SecondMarkingForm secondMarking) {

        public String timeLimitHelp() {
            return "From the start page to the automatic submit. At most " + maxTimeLimitMinutes + " minutes.";
        }

        public String action() {
            return editing == null ? "/admin/assessments" : "/admin/assessments/" + editing.id() + "/edit";
        }

        /** The bank's questions: those chosen first, in the chosen order, then the others in bank order. */
        public List<QuestionChoice> rows() {
            var rows = new ArrayList<QuestionChoice>();
            form.questions().forEach(qid -> bank.questions().stream().filter(q -> q.qid().equals(qid)).findFirst()
                    .ifPresent(rows::add));
            bank.questions().stream().filter(q -> !form.picked(q.qid())).forEach(rows::add);
            return rows;
        }
    }

    /** Second marking as shown or typed on the edit page. */
    public record SecondMarkingForm(boolean on, String threshold, String unit, FormErrors errors) {

        static SecondMarkingForm of(SecondMarkingSettings settings) {
            return new SecondMarkingForm(settings.on(), Numbers.exact(settings.threshold()), settings.unit(),
                    FormErrors.NONE);
        }

        public boolean percent() {
            return SecondMarkingSettings.PERCENT.equals(unit);
        }
    }

    /** An assessment with the invitation form. */
    public record DetailView(AssessmentDetail assessment, InvitationForm form, FormErrors errors, long defaultDays,
            long maxDays, List<InvitationRow> alreadyInvited) {

        public String validityHelp() {
            return "From 1 to " + maxDays + " days; " + defaultDays + " when left empty.";
        }

        /** The address was already invited: the form now invites again. */
        public boolean again() {
            return !alreadyInvited.isEmpty();
        }
    }

    private final AssessmentService assessments;
    private final InvitationService invitations;
    private final CurrentUser user;
    private final Flash flash;
    private final AssayConfig config;
    private final NewLinkCookie newLink;

    public AssessmentResource(AssessmentService assessments, InvitationService invitations,
            CurrentUser user, Flash flash, AssayConfig config, NewLinkCookie newLink) {
        this.newLink = newLink;
        this.assessments = assessments;
        this.invitations = invitations;
        this.user = user;
        this.flash = flash;
        this.config = config;
    }

    @GET
    public TemplateInstance list(@RestQuery boolean archived) {
        return Templates.list(assessments.list(archived), archived);
    }

    @GET
    @Path("new")
    public TemplateInstance create(@RestQuery String bank) {
        return newForm(new AssessmentForm("", bank, List.of(), null, false), FormErrors.NONE, null);
    }

    @POST
    public Response create(@BeanParam AssessmentFormFields fields) {
        var form = fields.form();
        try {
            fields.check();
            var assessment = assessments.create(form, user.username());
            flash.set("Created assessment \u201c" + assessment.title + "\u201d. Invite candidates below.");
            return Response.seeOther(URI.create("/admin/assessments/" + assessment.id)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(newForm(form, e.errors(), null)).build();
        }
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        var current = assessment(id);
        return newForm(editForm(current), FormErrors.NONE, current);
    }

    @POST
    @Path("{id}/edit")
    public Response edit(@RestPath long id, @BeanParam AssessmentFormFields fields) {
        var current = assessment(id);
        var form = current.locked() ? new AssessmentForm(fields.title, "", List.of(), null, false) : fields.form();
        try {
            if (!current.locked()) {
                fields.check();
            }
            var assessment = assessments.update(id, form, user.username());
            flash.set("Saved assessment \u201c" + assessment.title + "\u201d.");
            return Response.seeOther(URI.create("/admin/assessments/" + id)).build();
        } catch (InvalidInputException e) {
            var shown = current.locked() ? new AssessmentForm(form.title(), current.bankKey(), current.qids(),
                    current.timeLimitMinutes(), current.blindReview(), current.shuffle(), guidance(current)) : form;
            return Response.status(422).entity(newForm(shown, e.errors(), current)).build();
        }
    }

    @POST
    @Path("{id}/duplicate")
    public Response duplicate(@RestPath long id) {
        var copy = assessments.duplicate(id, user.username());
        flash.set("Made \u201c" + copy.title + "\u201d, a copy without invitations. Change it before inviting.");
        return Response.seeOther(URI.create("/admin/assessments/" + copy.id + "/edit")).build();
    }

    @POST
    @Path("{id}/archive")
    public Response archive(@RestPath long id) {
        var archived = assessments.archive(id, true, user.username());
        flash.set("Archived \u201c" + archived.title + "\u201d. It takes no new invitations; attempts already"
                + " started carry on.");
        return Response.seeOther(URI.create("/admin/assessments/" + id)).build();
    }

    @POST
    @Path("{id}/restore")
    public Response restore(@RestPath long id) {
        var restored = assessments.archive(id, false, user.username());
        flash.set("Restored \u201c" + restored.title + "\u201d to the list.");
        return Response.seeOther(URI.create("/admin/assessments/" + id)).build();
    }

    private static Map<String, Integer> guidance(AssessmentDetail detail) {
        var guidance = new LinkedHashMap<String, Integer>();
        detail.questions().stream().filter(q -> q.guidanceMinutes() != null)
                .forEach(q -> guidance.put(q.qid(), q.guidanceMinutes()));
        return guidance;
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id) {
        return detailPage(id, new InvitationForm("", "", null), FormErrors.NONE, List.of());
    }

    /** Second marking on or off and its threshold, from the edit page; an unticked box is absent from the form. */
    @POST
    @Path("{id}/second-marking")
    public Response secondMarking(@RestPath long id, @RestForm boolean secondMarking,
            @RestForm String secondMarkingThreshold, @RestForm String secondMarkingUnit) {
        try {
            var saved = assessments.setSecondMarking(id, secondMarking, secondMarkingThreshold, secondMarkingUnit,
                    user.username());
            flash.set(saved.on() ? "Second marking is on: answers whose marks are " + saved.describe()
                    + " go to an adjudicator." : "Second marking is off.");
            return Response.seeOther(URI.create("/admin/assessments/" + id + "/edit#second-marking")).build();
        } catch (InvalidInputException e) {
            var current = assessment(id);
            var typed = new SecondMarkingForm(secondMarking, secondMarkingThreshold == null ? ""
                    : secondMarkingThreshold, secondMarkingUnit, e.errors());
            return Response.status(422).entity(newForm(editForm(current), FormErrors.NONE, current, typed)).build();
        }
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
            @RestForm Integer validDays, @RestForm Integer extraTimePercent, @RestForm Integer extraTimeMinutes,
            @RestForm boolean inviteAgain) {
        var form = new InvitationForm(candidateName, candidateEmail, validDays, extraTimePercent, extraTimeMinutes);
        try {
            var earlier = inviteAgain ? List.<InvitationRow>of() : invitations.alreadyInvited(id, candidateEmail);
            if (!earlier.isEmpty()) {
                return Response.status(409).entity(detailPage(id, form, FormErrors.NONE, earlier)).build();
            }
            return newLink.redirect(invitations.invite(id, form, user.username()));
        } catch (InvalidInputException e) {
            return Response.status(422).entity(detailPage(id, form, e.errors(), List.of())).build();
        }
    }

    private TemplateInstance newForm(AssessmentForm form, FormErrors errors, AssessmentDetail editing) {
        return newForm(form, errors, editing, editing == null ? null
                : SecondMarkingForm.of(editing.secondMarking()));
    }

    private TemplateInstance newForm(AssessmentForm form, FormErrors errors, AssessmentDetail editing,
            SecondMarkingForm secondMarking) {
        var banks = assessments.banks();
        var chosen = banks.stream().filter(b -> b.key().equals(form.bank())).findFirst()
                .or(() -> banks.stream().findFirst()).orElse(null);
        return Templates.create(new NewAssessmentView(banks, chosen, form, errors,
                config.test().maxTimeLimitMinutes(), editing, secondMarking));
    }

    private static AssessmentForm editForm(AssessmentDetail current) {
        return new AssessmentForm(current.title(), current.bankKey(), current.qids(), current.timeLimitMinutes(),
                current.blindReview(), current.shuffle(), guidance(current));
    }

    private TemplateInstance detailPage(long id, InvitationForm form, FormErrors errors,
            List<InvitationRow> alreadyInvited) {
        return Templates.detail(new DetailView(assessment(id), form, errors,
                config.test().invitationValidity().toDays(), config.test().maxInvitationValidity().toDays(),
                alreadyInvited));
    }

    private AssessmentDetail assessment(long id) {
        return assessments.find(id).orElseThrow(() -> new NotFoundException("There is no assessment " + id + "."));
    }
}
