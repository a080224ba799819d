package org.assay.rubric.editor;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import org.assay.rubric.ExampleChannel;
import org.assay.rubric.ExampleInput;
import org.assay.rubric.ExampleService;
import org.assay.rubric.RubricService;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/** A question's graded examples: list them in full, add one by hand, delete one. */
@Path("/admin/banks/{bank}/questions/{qid}/examples")
@RolesAllowed(Role.INTERVIEWER)
@Produces(MediaType.TEXT_HTML)
public class ExampleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance examples(ExamplesPage view);
    }

    private final RubricService rubrics;
    private final ExampleService examples;
    private final CurrentUser user;
    private final Flash flash;
    private final ExampleChannel channel;

    public ExampleResource(RubricService rubrics, ExampleService examples, CurrentUser user, Flash flash,
            ExampleChannel channel) {
        this.channel = channel;
        this.rubrics = rubrics;
        this.examples = examples;
        this.user = user;
        this.flash = flash;
    }

    @GET
    public TemplateInstance list(@RestPath String bank, @RestPath String qid) {
        return Templates.examples(page(bank, qid, ExampleInput.BLANK, FormErrors.NONE));
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    public Response add(@RestPath String bank, @RestPath String qid, @RestForm String exampleAnswer,
            @RestForm String exampleScore, @RestForm String exampleKind) {
        var input = new ExampleInput(text(exampleAnswer), text(exampleScore), text(exampleKind));
        try {
            long id = examples.add(bank, qid, input, ExampleService.SOURCE_MANUAL, user.username());
            flash.set("Added example " + id + ".");
            return Response.seeOther(URI.create(RubricPaths.question(bank, qid) + "/examples")).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(Templates.examples(page(bank, qid, input, e.errors()))).build();
        }
    }

    @POST
    @Path("{id}/delete")
    @RolesAllowed(Role.ADMIN)
    public Response delete(@RestPath String bank, @RestPath String qid, @RestPath long id) {
        examples.delete(bank, qid, id, user.username());
        flash.set("Deleted example " + id + ".");
        return Response.seeOther(URI.create(RubricPaths.question(bank, qid) + "/examples")).build();
    }

    private ExamplesPage page(String bank, String qid, ExampleInput form, FormErrors errors) {
        var question = rubrics.get(bank, qid);
        return new ExamplesPage(question, examples.evaluate(question, Optional.empty()), form, errors,
                user.isAdmin(), channel.agreement(question));
    }


    private static String text(String value) {
        return value == null ? "" : value;
    }
}
