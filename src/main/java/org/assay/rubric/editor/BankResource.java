package org.assay.rubric.editor;

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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.rubric.BankRow;
import org.assay.rubric.BankService;
import org.assay.rubric.BankSettings;
import org.assay.rubric.BankView;
import org.assay.rubric.NewBank;
import org.assay.rubric.NewQuestion;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/** The banks page and each bank's page: list, create a bank, add a question. */
@Path("/admin/banks")
@RolesAllowed(Role.INTERVIEWER)
@Produces(MediaType.TEXT_HTML)
public class BankResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BankRow> banks, NewBank form, FormErrors errors,
                boolean canEdit);

        static native TemplateInstance bank(BankView view, NewQuestion form, FormErrors errors, boolean canEdit);
    }

    private final BankService banks;
    private final CurrentUser user;
    private final Flash flash;

    public BankResource(BankService banks, CurrentUser user, Flash flash) {
        this.banks = banks;
        this.user = user;
        this.flash = flash;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(banks.list(), NewBank.BLANK, FormErrors.NONE, user.isAdmin());
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    public Response create(@RestForm String key, @RestForm String title, @RestForm String description,
            @RestForm String timeLimitMinutes) {
        var form = new NewBank(text(key), text(title), text(description), text(timeLimitMinutes));
        try {
            var created = banks.create(form, user.username());
            flash.set("Created bank " + created + ". Add its questions below, or import them.");
            return Response.seeOther(URI.create(RubricPaths.bank(created))).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(Templates.list(banks.list(), form, e.errors(), true)).build();
        }
    }

    @GET
    @Path("{bank}")
    public TemplateInstance bank(@RestPath String bank) {
        return Templates.bank(view(bank), NewQuestion.BLANK, FormErrors.NONE, user.isAdmin());
    }

    @POST
    @Path("{bank}/questions")
    @RolesAllowed(Role.ADMIN)
    public Response addQuestion(@RestPath String bank, @RestForm String qid, @RestForm String title,
            @RestForm String prompt, @RestForm String points, @RestForm String modelAnswer) {
        var form = new NewQuestion(text(qid), text(title), text(prompt), text(points), text(modelAnswer));
        try {
            var created = banks.addQuestion(bank, form, user.username());
            flash.set("Added question " + created + " with criteria drafted from the model answer. Edit them, then "
                    + "save.");
            return Response.seeOther(RubricPaths.questionUri(bank, created)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(Templates.bank(view(bank), form, e.errors(), true)).build();
        }
    }

    /** The examples channel and overrides as examples, from the bank page's checkboxes (an unticked one is absent). */
    @POST
    @Path("{bank}/settings")
    @RolesAllowed(Role.ADMIN)
    public Response settings(@RestPath String bank, @RestForm String examplesAsEvidence,
            @RestForm String overridesAsExamples) {
        var saved = banks.changeSettings(bank, new BankSettings(examplesAsEvidence != null,
                overridesAsExamples != null), user.username());
        flash.set("Scored examples as evidence " + (saved.examplesAsEvidence() ? "on" : "off")
                + ", reviewers' overrides as examples " + (saved.overridesAsExamples() ? "on" : "off")
                + ". Stored grades are unchanged until a regrade; a question's regrade preview lists what it would "
                + "change.");
        return Response.seeOther(URI.create(RubricPaths.bank(bank) + "#grading-settings")).build();
    }

    private BankView view(String bank) {
        return banks.bank(bank).orElseThrow(() -> new NotFoundException("There is no bank " + bank + "."));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
