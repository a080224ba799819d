package org.assay.rubric.editor;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.identity.SecurityIdentity;

import org.assay.account.Role;
import org.assay.rubric.ExampleService;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/**
 * Keeps an answer from a reviewed transcript as a graded example of its question. The transcript page posts here
 * with the answer's id; the example gets the score the reviewer settled on.
 */
@Path("/admin/examples/from-answer")
@RolesAllowed(Role.ADMIN)
public class TranscriptExampleResource {

    private final ExampleService examples;
    private final SecurityIdentity identity;
    private final Flash flash;

    public TranscriptExampleResource(ExampleService examples, SecurityIdentity identity, Flash flash) {
        this.examples = examples;
        this.identity = identity;
        this.flash = flash;
    }

    @POST
    public Response keep(@RestForm Long answerId) {
        if (answerId == null) {
            throw new InvalidInputException(new FormErrors.Builder().add("answerId", "Say which answer to keep.")
                    .build());
        }
        var question = examples.fromAnswer(answerId, identity.getPrincipal().getName());
        flash.set("Kept answer " + answerId + " as a graded example of " + question.qid() + ".");
        return Response.seeOther(URI.create(RubricPaths.question(question.bankKey(), question.qid()) + "/examples"))
                .build();
    }
}
