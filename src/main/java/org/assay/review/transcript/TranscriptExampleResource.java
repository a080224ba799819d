package org.assay.review.transcript;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Numbers;

/**
 * Keeps an answer from a reviewed transcript as a graded example of its question. The transcript page posts here
 * with the answer's id and, optionally, a kind; the example gets the score the reviewer settled on, and the admin
 * goes back to the answer in its transcript.
 */
@Path("/admin/examples/from-answer")
@RolesAllowed(Role.ADMIN)
public class TranscriptExampleResource {

    private final KeepExampleService examples;
    private final CurrentUser user;
    private final Flash flash;

    public TranscriptExampleResource(KeepExampleService examples, CurrentUser user, Flash flash) {
        this.examples = examples;
        this.user = user;
        this.flash = flash;
    }

    @POST
    public Response keep(@RestForm String answerId, @RestForm String kind) {
        var kept = examples.fromAnswer(number(answerId), kind, user.username());
        flash.set("Kept the answer to question " + kept.position() + " as a graded example of " + kept.qid() + " ("
                + kept.kind() + ", expected score " + Numbers.exact(kept.expectedScore()) + ").");
        return Response.seeOther(URI.create("/review/attempts/" + kept.attemptId() + "#q" + kept.position()))
                .build();
    }

    private static long number(String answerId) {
        try {
            return Long.parseLong(answerId == null ? "" : answerId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(new FormErrors.Builder()
                    .add("answerId", "Say which answer to keep: the form carried no answer number.").build());
        }
    }
}
