package org.assay.review;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.review.DecisionService.DecisionInput;
import org.assay.review.OverrideService.CriteriaInput;
import org.assay.review.OverrideService.OverrideInput;
import org.assay.review.list.AttemptFilter;
import org.assay.review.list.AttemptPage;
import org.assay.review.list.Neighbours;
import org.assay.review.list.ReviewListService;
import org.assay.review.second.MarkingRefusedException;
import org.assay.review.second.SecondMarkingService;
import org.assay.review.transcript.PrintAllView;
import org.assay.review.transcript.SecondMarkingView;
import org.assay.review.transcript.TranscriptService;
import org.assay.review.transcript.TranscriptView.CriteriaForm;
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

        static native TemplateInstance transcript(TranscriptView view, Neighbours nav);

        static native TemplateInstance print(TranscriptView view);

        static native TemplateInstance printAll(PrintAllView page);
    }

    private final ReviewListService list;
    private final TranscriptService transcripts;
    private final OverrideService overrides;
    private final DecisionService decisions;
    private final CurrentUser user;
    private final Flash flash;

    private final SecondMarkingService marking;

    public ReviewResource(ReviewListService list, TranscriptService transcripts, OverrideService overrides,
            DecisionService decisions, SecondMarkingService marking, CurrentUser user, Flash flash) {
        this.marking = marking;
        this.list = list;
        this.transcripts = transcripts;
        this.overrides = overrides;
        this.decisions = decisions;
        this.user = user;
        this.flash = flash;
    }

    /** The review list last shown, so a transcript opened from it can walk it. */
    static final String LIST_COOKIE = "review-list";

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Response list(@RestQuery String assessment, @RestQuery String status, @RestQuery String flag,
            @RestQuery String q, @RestQuery String sort, @RestQuery String dir, @RestQuery String page) {
        var shown = list.page(AttemptFilter.of(assessment, status, flag, q, sort, dir, page), user.username());
        // Transcripts opened from this list walk it: the list's filter rides along in a cookie
        var remembered = new NewCookie.Builder(LIST_COOKIE).path("/review").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).value(Base64.getUrlEncoder().withoutPadding().encodeToString(
                        shown.filter().queryString().getBytes(StandardCharsets.UTF_8))).build();
        return Response.ok(Templates.list(shown)).type(MediaType.TEXT_HTML_TYPE).cookie(remembered).build();
    }

    @GET
    @Path("attempts/{id}")
    public TemplateInstance transcript(@RestPath long id) {
        return Templates.transcript(view(id), nav(id));
    }

    @GET
    @Path("attempts/{id}/print")
    public TemplateInstance print(@RestPath long id) {
        return Templates.print(view(id));
    }

    @GET
    @Path("assessments/{id}/print")
    public TemplateInstance printAll(@RestPath long id) {
        return Templates.printAll(transcripts.assessmentTranscripts(id, user.username())
                .orElseThrow(() -> new NotFoundException("There is no assessment " + id + ".")));
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
    @Path("attempts/{id}/answers/{answerId}/criteria")
    public Response criteria(@RestPath long id, @RestPath long answerId, @RestForm List<String> criterion,
            @RestForm List<String> points, @RestForm List<String> misconception, @RestForm List<String> applies,
            @RestForm String adjustment, @RestForm String reason, @RestForm Long gradeId,
            @RestForm Long overrideId) {
        var typed = new LinkedHashMap<String, String>();
        var ids = criterion == null ? List.<String>of() : criterion;
        for (int i = 0; i < ids.size(); i++) {
            typed.put(ids.get(i), points != null && i < points.size() ? points.get(i) : "");
        }
        var ticked = new HashSet<>(applies == null ? List.<String>of() : applies);
        var marks = new LinkedHashMap<String, Boolean>();
        (misconception == null ? List.<String>of() : misconception).forEach(m -> marks.put(m, ticked.contains(m)));
        var input = new CriteriaInput(id, typed, null, marks, adjustment, reason, gradeId, overrideId);
        try {
            var done = overrides.overrideCriteria(answerId, input, user.username());
            flash.set("Question " + done.position() + " now scores " + Numbers.points(done.score()) + " of "
                    + Numbers.points(done.max()) + " from its criteria. Final score: "
                    + Numbers.points(done.totals().finalScore()) + " of " + Numbers.points(done.totals().max())
                    + ".");
            return seeOther(id, "#q" + done.position());
        } catch (InvalidInputException e) {
            var form = new CriteriaForm(text(adjustment), text(reason), number(gradeId), number(overrideId),
                    e.errors(), "");
            return page(422, view(id).withCriteria(answerId, form, typed, ticked,
                    "The criteria were not saved: " + e.getMessage()));
        } catch (ReviewConflictException e) {
            var current = view(id);
            var seen = current.questions().stream().filter(q -> q.answerId() == answerId).findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no such answer in attempt " + id + "."));
            var form = new CriteriaForm(text(adjustment), text(reason), seen.form().gradeId(),
                    seen.form().overrideId(), FormErrors.NONE, e.getMessage());
            return page(409, current.withCriteria(answerId, form, typed, ticked,
                    "The criteria were not saved: " + e.getMessage()));
        }
    }

    /** The second reviewer's marks of every answer, sent at once: {@code answer} ids and {@code score}s in step. */
    @POST
    @Path("attempts/{id}/second-marks")
    public Response markSecond(@RestPath long id, @RestForm List<String> answer, @RestForm List<String> score,
            @RestForm String note) {
        var typed = new LinkedHashMap<Long, String>();
        var ids = answer == null ? List.<String>of() : answer;
        for (int i = 0; i < ids.size(); i++) {
            try {
                typed.put(Long.parseLong(ids.get(i)), score != null && i < score.size() ? score.get(i) : "");
            } catch (NumberFormatException e) {
                throw new BadRequestException("The form names an answer that does not exist.");
            }
        }
        try {
            marking.markSecond(id, typed, note, user.username());
            flash.set("Your second marks are saved. Both markings now show.");
            return seeOther(id, "#second-marking");
        } catch (InvalidInputException e) {
            var current = view(id);
            return page(422, current.withSecond(current.second().withTyped(typed, text(note), e.errors()),
                    "Your second marks were not saved: " + e.getMessage()));
        } catch (MarkingRefusedException e) {
            return page(e.status(), view(id).withAlert("Your second marks were not saved: " + e.getMessage()));
        }
    }

    @POST
    @Path("attempts/{id}/answers/{answerId}/adjudication")
    public Response adjudicate(@RestPath long id, @RestPath long answerId, @RestForm String score,
            @RestForm String reason) {
        try {
            var saved = marking.adjudicate(answerId, id, score, reason, user.username());
            saved.status().answers().stream().filter(m -> m.answerId() == answerId).findFirst()
                    .ifPresent(m -> flash.set("Question " + m.position() + " now scores "
                            + Numbers.points(m.adjudication().score()) + ", as adjudicated. Final score: "
                            + Numbers.points(saved.totals().finalScore()) + " of "
                            + Numbers.points(saved.totals().max()) + "."));
            return seeOther(id, "#adjudicate-" + answerId);
        } catch (InvalidInputException e) {
            var current = view(id);
            var form = new SecondMarkingView.AdjudicationForm(text(score), text(reason), e.errors());
            return page(422, current.withSecond(current.second().withAdjudication(answerId, form),
                    "The adjudication was not saved: " + e.getMessage()));
        } catch (MarkingRefusedException e) {
            return page(e.status(), view(id).withAlert("The adjudication was not saved: " + e.getMessage()));
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
        return transcripts.view(id, user.username())
                .orElseThrow(() -> new NotFoundException("There is no attempt " + id + "."));
    }

    private Response page(int status, TranscriptView view) {
        return Response.status(status).entity(Templates.transcript(view, nav(view.header().attemptId())))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** Back to the transcript, in the list the reviewer came from. */
    private Response seeOther(long id, String fragment) {
        return Response.seeOther(URI.create("/review/attempts/" + id + filter().queryString() + fragment)).build();
    }

    /** The list a form was sent from, as its action's query string carries it. */
    private AttemptFilter filter() {
        return AttemptFilter.ofQueryString(uri.getRequestUri().getRawQuery());
    }

    /**
     * The list the reviewer walks: the one in the transcript's address, else the one they last looked at, else all
     * attempts.
     */
    private Neighbours nav(long id) {
        var query = uri.getRequestUri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            return list.neighbours(AttemptFilter.ofQueryString(query), id, user.username());
        }
        var cookie = headers.getCookies().get(LIST_COOKIE);
        var remembered = "";
        if (cookie != null) {
            try {
                remembered = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                remembered = "";
            }
        }
        return list.neighbours(AttemptFilter.ofQueryString(remembered), id, user.username());
    }


    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static long number(Long value) {
        return value == null ? 0 : value;
    }
}
