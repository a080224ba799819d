package org.assay.dashboard;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import org.assay.account.CurrentUser;
import org.assay.dashboard.DashboardService.Count;
import org.assay.dashboard.DashboardService.Queue;

/** The start page after signing in: what needs doing, by role, and how many tests came in lately. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Count> counts, Queue queue, SubmissionChart chart);
    }

    private final DashboardService dashboard;
    private final CurrentUser user;

    public HomeResource(DashboardService dashboard, CurrentUser user) {
        this.dashboard = dashboard;
        this.user = user;
    }

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        var counts = user.isAdmin() ? dashboard.counts() : List.<Count>of();
        return Templates.home(counts, dashboard.queue(), dashboard.submissions());
    }
}
