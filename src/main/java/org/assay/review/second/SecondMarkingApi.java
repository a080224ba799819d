package org.assay.review.second;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.assay.grading.AttemptScores;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.web.Problem;

/** Second marking for scripts: the blind second marks and adjudications (agreement figures: StatisticsApi). */
@Path("/api")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SecondMarkingApi {

    /** Every answer's second mark, sent at once; {@code note} is optional. */
    public record SecondMarksRequest(List<AnswerMark> marks, String note) {
    }

    /** One answer's second mark: 0 to the question's points, in steps of 0.5. */
    public record AnswerMark(Long answerId, BigDecimal score) {
    }

    /** The adjudicator's score, 0 to the question's points in steps of 0.5, and a required reason. */
    public record AdjudicationRequest(BigDecimal score, String reason) {
    }

    private final SecondMarkingService marking;
    private final AttemptScores scores;
    private final CurrentUser user;

    public SecondMarkingApi(SecondMarkingService marking, AttemptScores scores, CurrentUser user) {
        this.marking = marking;
        this.scores = scores;
        this.user = user;
    }

    @GET
    @Path("attempts/{id}/second-marking")
    @Operation(summary = "An attempt's second marking as the caller may see it: its state and, once both marks are"
            + " in (or for the first reviewer), each answer's first and second marks, adjudication and final score")
    @APIResponse(responseCode = "404", description = "No such attempt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SecondMarkingJson status(@RestPath long id) {
        var status = marking.status(id, user.username())
                .orElseThrow(() -> new NotFoundException("There is no attempt " + id + "."));
        return SecondMarkingJson.of(id, status, scores.totals(id));
    }

    @POST
    @Path("attempts/{id}/second-marks")
    @Operation(summary = "The second reviewer's score for every answer of a reviewed attempt, given blind")
    @APIResponse(responseCode = "403", description = "The caller marked the attempt first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such attempt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Second marking is off, the attempt is not marked reviewed, or"
            + " it is already second-marked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An answer without a score, a score outside 0..points or not in"
            + " half points, an answer of another attempt, or a note too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SecondMarkingJson markSecond(@RestPath long id, SecondMarksRequest request) {
        var typed = new LinkedHashMap<Long, String>();
        var errors = new FormErrors.Builder();
        for (var mark : request == null || request.marks() == null ? List.<AnswerMark>of() : request.marks()) {
            if (mark == null || mark.answerId() == null) {
                errors.add("marks", "Each mark needs its answerId.");
            } else if (typed.containsKey(mark.answerId())) {
                errors.add("second-" + mark.answerId(), "Answer " + mark.answerId() + " is listed twice.");
            } else {
                typed.put(mark.answerId(), mark.score() == null ? "" : mark.score().toString());
            }
        }
        if (errors.build().any()) {
            throw new InvalidInputException(errors.build());
        }
        try {
            var saved = marking.markSecond(id, typed, request.note(), user.username());
            return SecondMarkingJson.of(id, saved.status(), saved.totals());
        } catch (MarkingRefusedException e) {
            throw new ClientErrorException(e.getMessage(), e.status());
        }
    }

    @POST
    @Path("answers/{id}/adjudication")
    @Operation(summary = "Decide the score of an answer whose two marks differ by more than the threshold")
    @APIResponse(responseCode = "403", description = "The caller gave one of the two marks",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Both marks are not in yet, or they are within the threshold",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A score outside 0..points or not in half points, or no reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SecondMarkingJson adjudicate(@RestPath long id, AdjudicationRequest request) {
        var body = request == null ? new AdjudicationRequest(null, null) : request;
        try {
            var saved = marking.adjudicate(id, null, body.score() == null ? null : body.score().toString(),
                    body.reason(), user.username());
            return SecondMarkingJson.of(saved.attemptId(), saved.status(), saved.totals());
        } catch (MarkingRefusedException e) {
            throw new ClientErrorException(e.getMessage(), e.status());
        }
    }
}
