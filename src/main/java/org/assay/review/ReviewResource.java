package org.assay.review;

import java.net.URI;

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
import org.assay.review.DecisionService.DecisionInput;
import org.assay.review.OverrideService.OverrideInput;
import org.assay.review.list.AttemptFilter;
import org.assay.review.list.AttemptPage;
import org.assay.review.list.ReviewListService;
import org.assay.review.transcript.TranscriptService;
import org.assay.review.transcript.TranscriptView.DecisionForm;
import org.assay.review.transcript.TranscriptView.OverrideForm;
import org.assay.review.transcript.TranscriptView;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Numbers;

/** The interviewer's pages: the attempts list, a transcript with overrides and the review decision, a print view. */
@Path("/review")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AttemptPage page);

        static native TemplateInstance transcript(TranscriptView view);

        static native TemplateInstance print(TranscriptView view);
    }

    private final ReviewListService list;
    private final TranscriptService transcripts;
    private final OverrideService overrides;
    private final DecisionService decisions;
    private final CurrentUser user;
    private final Flash flash;

    public ReviewResource(ReviewListService list, TranscriptService transcripts, OverrideService overrides,
            DecisionService decisions, CurrentUser user, Flash flash) {
        this.list = list;
        this.transcripts = transcripts;
        this.overrides = overrides;
        this.decisions = decisions;
        this.user = user;
        this.flash = flash;
    }

    @GET
    public TemplateInstance list(@RestQuery String assessment, @RestQuery String status, @RestQuery String flag,
            @RestQuery String q, @RestQuery String sort, @RestQuery String dir, @RestQuery String page) {
        return Templates.list(list.page(AttemptFilter.of(assessment, status, flag, q, sort, dir, page)));
    }

    @GET
    @Path("attempts/{id}")
    public TemplateInstance transcript(@RestPath long id) {
        return Templates.transcript(view(id));
    }

    @GET
    @Path("attempts/{id}/print")
    public TemplateInstance print(@RestPath long id) {
        return Templates.print(view(id));
    }

    @POST
    @Path("attempts/{id}/answers/{answerId}/override")
    public Response override(@RestPath long id, @RestPath long answerId, @RestForm String score,
            @RestForm String reason, @RestForm Long gradeId, @RestForm Long overrideId) {
        var input = new OverrideInput(id, score, reason, gradeId, overrideId);
        try {
            var done = overrides.override(answerId, input, user.username());
            flash.set("Question " + done.position() + " now scores " + Numbers.points(done.score()) + " of "
                    + Numbers.points(done.max()) + ". Final score: " + Numbers.points(done.totals().finalScore())
                    + " of " + Numbers.points(done.totals().max()) + ".");
            return seeOther(id, "#q" + done.position());
        } catch (InvalidInputException e) {
            var form = new OverrideForm(text(score), text(reason), number(gradeId), number(overrideId), e.errors(),
                    "");
            return page(422, view(id).withOverride(answerId, form, "The score was not changed: " + e.getMessage()));
        } catch (ReviewConflictException e) {
            var current = view(id);
            var seen = current.questions().stream().filter(q -> q.answerId() == answerId).findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no such answer in attempt " + id + "."));
            var form = new OverrideForm(text(score), text(reason), seen.form().gradeId(), seen.form().overrideId(),
                    FormErrors.NONE, e.getMessage());
            return page(409, current.withOverride(answerId, form, "The score was not changed: " + e.getMessage()));
        }
    }

    @POST
    @Path("attempts/{id}/decision")
    public Response decide(@RestPath long id, @RestForm String recommendation, @RestForm String summary,
            @RestForm Long version) {
        try {
            decisions.decide(id, new DecisionInput(recommendation, summary, version), user.username());
            flash.set("Recommendation and summary saved.");
            return seeOther(id, "#decision");
        } catch (InvalidInputException e) {
            return decisionRefused(422, id, recommendation, summary, number(version), e.errors(), "", e);
        } catch (ReviewConflictException e) {
            var current = view(id);
            return decisionRefused(409, id, recommendation, summary, current.header().version(), FormErrors.NONE,
                    e.getMessage(), e);
        }
    }

    @POST
    @Path("attempts/{id}/reviewed")
    public Response markReviewed(@RestPath long id, @RestForm Long version) {
        return changeState(id, () -> decisions.markReviewed(id, version, user.username()), "Marked reviewed.",
                "Not marked reviewed: ");
    }

    @POST
    @Path("attempts/{id}/answers/{answerId}/retry-grading")
    public Response retryGrading(@RestPath long id, @RestPath long answerId) {
        return changeState(id, () -> decisions.retryGrading(id, answerId, user.username()),
                "Grading queued again; reload the page in a moment to see the score.", "Not retried: ");
    }

    @POST
    @Path("attempts/{id}/reopen")
    public Response reopen(@RestPath long id, @RestForm Long version) {
        return changeState(id, () -> decisions.reopen(id, version, user.username()), "The review is open again.",
                "Not reopened: ");
    }

    private Response changeState(long id, Runnable change, String done, String refused) {
        try {
            change.run();
            flash.set(done);
            return seeOther(id, "");
        } catch (ReviewConflictException e) {
            return page(409, view(id).withAlert(refused + e.getMessage()));
        }
    }

    private Response decisionRefused(int status, long id, String recommendation, String summary, long version,
            FormErrors errors, String conflict, RuntimeException e) {
        var view = view(id);
        var form = DecisionForm.of(text(recommendation), text(summary), version, errors, conflict,
                view.decision().summaryChars());
        return page(status, view.withDecision(form, "Not saved: " + e.getMessage()));
    }

    private TranscriptView view(long id) {
        return transcripts.view(id).orElseThrow(() -> new NotFoundException("There is no attempt " + id + "."));
    }

    private static Response page(int status, TranscriptView view) {
        return Response.status(status).entity(Templates.transcript(view)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static Response seeOther(long id, String fragment) {
        return Response.seeOther(URI.create("/review/attempts/" + id + fragment)).build();
    }


    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static long number(Long value) {
        return value == null ? 0 : value;
    }
}
