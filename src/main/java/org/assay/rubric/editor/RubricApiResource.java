package org.assay.rubric.editor;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.engine.score.GradeReport;
import org.assay.rubric.AuthoringEngine;
import org.assay.rubric.RubricCheck;
import org.assay.rubric.RubricService;
import org.assay.web.AssayConfig;
import org.assay.web.ErrorPages;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Problem;

/** A question's rubric for scripts: read it as YAML, save a new version, grade an answer. */
@Path("/api/banks/{bank}/questions/{qid}")
@RolesAllowed(Role.INTERVIEWER)
public class RubricApiResource {

    static final String YAML = "text/yaml";

    private final RubricService rubrics;
    private final RubricCheck check;
    private final AuthoringEngine engine;
    private final AssayConfig config;
    private final CurrentUser user;

    public RubricApiResource(RubricService rubrics, RubricCheck check, AuthoringEngine engine, AssayConfig config,
            CurrentUser user) {
        this.rubrics = rubrics;
        this.check = check;
        this.engine = engine;
        this.config = config;
        this.user = user;
    }

    @GET
    @Path("rubric")
    @Produces(YAML + ";charset=UTF-8")
    public String rubric(@RestPath String bank, @RestPath String qid) {
        return rubrics.get(bank, qid).content();
    }

    /** Saves the body as the question's new version; a body identical to the current version adds nothing. */
    @PUT
    @Path("rubric")
    @RolesAllowed(Role.ADMIN)
    @Consumes({ YAML, "application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    public Response save(@RestPath String bank, @RestPath String qid, @RestQuery String note, String body) {
        var text = body == null ? "" : body;
        if (text.length() > check.maxChars()) {
            return tooLarge("The rubric has " + text.length() + " characters; the limit is " + check.maxChars()
                    + " (assay.limits.rubric-chars).");
        }
        // An invalid rubric becomes 422 with every problem and its line in RubricErrorMappers
        var saved = rubrics.save(bank, qid, text, note, user.username(), null);
        return Response.ok(new SavedVersionBody(saved.version(), saved.fingerprint(), saved.created())).build();
    }

    /** Grades an answer against the saved version, or against the rubric YAML sent with it. */
    @POST
    @Path("try")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response grade(@RestPath String bank, @RestPath String qid, TryRequest request) {
        var question = rubrics.get(bank, qid);
        if (request == null || request.answer() == null) {
            throw new InvalidInputException(new FormErrors.Builder().add("answer", "Send the answer to grade.")
                    .build());
        }
        if (request.answer().length() > config.limits().answerChars()) {
            return tooLarge("The answer has " + request.answer().length() + " characters; the limit is "
                    + config.limits().answerChars() + " (assay.limits.answer-chars).");
        }
        var rubric = question.rubric();
        if (request.rubric() != null && !request.rubric().isBlank()) {
            if (request.rubric().length() > check.maxChars()) {
                return tooLarge("The rubric has " + request.rubric().length() + " characters; the limit is "
                        + check.maxChars() + " (assay.limits.rubric-chars).");
            }
            var parsed = check.check(qid, request.rubric());
            if (!parsed.isValid()) {
                return Response.status(422).type(RubricProblemDocument.MEDIA_TYPE)
                        .entity(RubricProblemDocument.invalid(parsed.problems())).build();
            }
            rubric = parsed.rubric().orElseThrow();
        }
        GradeReport report = engine.grade(rubric, request.answer());
        return Response.ok(report).build();
    }

    private static Response tooLarge(String detail) {
        return Response.status(413).type(RubricProblemDocument.MEDIA_TYPE)
                .entity(new RubricProblemDocument(Problem.type(ErrorPages.title(413)), ErrorPages.title(413), 413,
                        detail, List.of())).build();
    }
}
