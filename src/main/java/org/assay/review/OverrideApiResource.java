package org.assay.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.review.OverrideService.CriteriaInput;
import org.assay.review.OverrideService.OverrideInput;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Problem;

/** Scripts change a score here; answer ids are those GET /api/invitations/{id} reports. */
@Path("/api")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OverrideApiResource {

    /**
     * A new score for an answer.
     *
     * @param score from 0 to the question's points, in steps of 0.5
     * @param reason why; required
     * @param gradeId the grade you based the change on; when given and no longer current, 409
     * @param overrideId required: the override you based the change on (answers[].override.id of the transcript,
     *        0 for none); when no longer current, 409, so two reviewers never silently overwrite each other
     */
    public record OverrideRequest(BigDecimal score, String reason, Long gradeId, Long overrideId) {
    }

    /** The saved override: the question's scores and the attempt's new totals. */
    public record OverrideResponse(long overrideId, long answerId, long attemptId, int question, double score,
            Double automaticScore, double max, double finalTotal, double automaticTotal, double maxTotal) {
    }

    /**
     * Marks for an answer's criteria and misconceptions; those not listed keep their current marks.
     *
     * @param adjustment a free adjustment on top of the criteria, for what they cannot express; 0 when absent
     * @param gradeId optional: the grade you based the change on; when no longer current, 409
     * @param overrideId optional: the override you based the change on (0 for none); when no longer current, 409
     */
    public record CriteriaRequest(List<CriterionMark> criteria, List<MisconceptionMark> misconceptions,
            String reason, BigDecimal adjustment, Long gradeId, Long overrideId) {
    }

    /** A criterion met (all its points) or not (none), or given points from 0 to its maximum. */
    public record CriterionMark(String id, Boolean met, BigDecimal points) {
    }

    public record MisconceptionMark(String id, Boolean applies) {
    }

    /** The saved override, how its score adds up, and the attempt's new totals. */
    public record CriteriaResponse(long overrideId, long answerId, long attemptId, int question, double score,
            Double automaticScore, double max, BreakdownJson breakdown, double finalTotal, double automaticTotal,
            double maxTotal) {
    }

    private final OverrideService overrides;
    private final CurrentUser user;

    public OverrideApiResource(OverrideService overrides, CurrentUser user) {
        this.overrides = overrides;
        this.user = user;
    }

    @POST
    @Path("answers/{id}/override")
    @Operation(summary = "Replace the automatic score of an answer, with a reason; returns the new final score")
    @APIResponse(responseCode = "404", description = "No such answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409",
            description = "Changed since the given gradeId or overrideId, or the attempt is marked reviewed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No overrideId: the score this change replaces is unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422",
            description = "Score outside 0 to the question's points, not in half points, or no reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OverrideResponse override(@RestPath long id, OverrideRequest request) {
        var body = request == null ? new OverrideRequest(null, null, null, null) : request;
        if (body.overrideId() == null) {
            throw new ClientErrorException("Send overrideId: the id of the answer's current override"
                    + " (answers[].override.id in GET /api/attempts/{id}/transcript), or 0 when it has none. A change"
                    + " made meanwhile by someone else is then refused instead of overwritten.", 428);
        }
        var input = new OverrideInput(null, body.score() == null ? null : body.score().toString(), body.reason(),
                body.gradeId(), body.overrideId());
        try {
            var done = overrides.override(id, input, user.username());
            var totals = done.totals();
            return new OverrideResponse(done.overrideId(), done.answerId(), done.attemptId(), done.position(),
                    done.score(), done.automaticScore(), done.max(), totals.finalScore(), totals.automatic(),
                    totals.max());
        } catch (ReviewConflictException e) {
            throw new ClientErrorException(e.getMessage(), 409);
        }
    }

    @POST
    @Path("answers/{id}/criteria")
    @Operation(summary = "Mark an answer's criteria met or not (or give their points) and its misconceptions;"
            + " the score is recomputed from them, plus an optional adjustment")
    @APIResponse(responseCode = "404", description = "No such answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409",
            description = "Changed since the given gradeId or overrideId, or the attempt is marked reviewed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown criterion or misconception, points out of range,"
            + " an adjustment beyond the question's points, or no reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CriteriaResponse criteria(@RestPath long id, CriteriaRequest request) {
        var body = request == null ? new CriteriaRequest(null, null, null, null, null, null) : request;
        var errors = new FormErrors.Builder();
        var points = new LinkedHashMap<String, String>();
        var met = new LinkedHashMap<String, Boolean>();
        var applies = new LinkedHashMap<String, Boolean>();
        for (var mark : body.criteria() == null ? List.<CriterionMark>of() : body.criteria()) {
            if (mark == null || mark.id() == null || mark.id().isBlank()) {
                errors.add("criteria", "Each criterion needs its id.");
            } else if (mark.points() == null && mark.met() == null) {
                errors.add("c-" + mark.id(), "Say whether " + mark.id() + " is met, or give its points.");
            } else if (points.containsKey(mark.id()) || met.containsKey(mark.id())) {
                errors.add("c-" + mark.id(), "Criterion " + mark.id() + " is listed twice.");
            } else if (mark.points() != null) {
                points.put(mark.id(), mark.points().toString());
            } else {
                met.put(mark.id(), mark.met());
            }
        }
        for (var mark : body.misconceptions() == null ? List.<MisconceptionMark>of() : body.misconceptions()) {
            if (mark == null || mark.id() == null || mark.id().isBlank() || mark.applies() == null) {
                errors.add("misconceptions", "Each misconception needs its id and whether it applies.");
            } else {
                applies.put(mark.id(), mark.applies());
            }
        }
        var found = errors.build();
        if (found.any()) {
            throw new InvalidInputException(found);
        }
        var input = new CriteriaInput(null, points, met, applies,
                body.adjustment() == null ? null : body.adjustment().toString(), body.reason(), body.gradeId(),
                body.overrideId());
        try {
            var done = overrides.overrideCriteria(id, input, user.username());
            var totals = done.totals();
            return new CriteriaResponse(done.overrideId(), done.answerId(), done.attemptId(), done.position(),
                    done.score(), done.automaticScore(), done.max(), BreakdownJson.of(done.breakdown()),
                    totals.finalScore(), totals.automatic(), totals.max());
        } catch (ReviewConflictException e) {
            throw new ClientErrorException(e.getMessage(), 409);
        }
    }
}
