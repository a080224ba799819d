package org.assay.dashboard;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.dashboard.DashboardService.Count;
import org.assay.web.Problem;

/** The home page's figures for scripts and other systems. */
@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DashboardApi {

    /** One attempt waiting for review; the candidate is "Candidate #id" while blind review hides the name. */
    public record Waiting(long attemptId, String candidate, String assessment, String submittedAt, String link) {
    }

    /** Tests submitted on one day (UTC). */
    public record DaySubmissions(LocalDate date, long submitted) {
    }

    /**
     * @param counts for admins: each count with the path of the list it counts; empty for interviewers
     * @param waitingForReview how many submitted attempts are not reviewed yet
     * @param queue the longest-waiting of them, oldest first (at most 10)
     * @param submissionsPerDay the last 14 days, oldest first
     */
    public record Dashboard(List<Count> counts, long waitingForReview, List<Waiting> queue,
            List<DaySubmissions> submissionsPerDay) {
    }

    private final DashboardService dashboard;
    private final CurrentUser user;

    public DashboardApi(DashboardService dashboard, CurrentUser user) {
        this.dashboard = dashboard;
        this.user = user;
    }

    @GET
    @RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
    @Operation(summary = "What needs doing: counts (admins), the review queue and submissions per day")
    public Dashboard get() {
        var queue = dashboard.queue();
        return new Dashboard(user.isAdmin() ? dashboard.counts() : List.of(), queue.total(),
                queue.rows().stream().map(row -> new Waiting(row.attemptId(), row.candidate(), row.assessment(),
                        row.submittedAt(), row.link())).toList(),
                dashboard.submissions().days().stream()
                        .map(day -> new DaySubmissions(day.date(), day.submitted())).toList());
    }
}
