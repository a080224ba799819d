package org.assay.grading;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
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
import org.assay.web.Flash;

/** Regrading: a dry run of a question or an assessment, then a background job with a page that follows it. */
@Path("/admin/regrade")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class RegradeResource {

    static final int JOBS_LISTED = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jobs(List<RegradeJobView> jobs,
                List<RegradeService.AssessmentOption> assessments);

        static native TemplateInstance preview(RegradePreview preview);

        static native TemplateInstance job(RegradeJobView job);
    }

    private final RegradeService regrades;
    private final CurrentUser user;
    private final Flash flash;

    public RegradeResource(RegradeService regrades, CurrentUser user, Flash flash) {
        this.regrades = regrades;
        this.user = user;
        this.flash = flash;
    }

    @GET
    public TemplateInstance jobs() {
        return Templates.jobs(regrades.jobs(JOBS_LISTED), regrades.assessments());
    }

    @GET
    @Path("preview")
    public TemplateInstance preview(@RestQuery Long question, @RestQuery Long assessment) {
        return Templates.preview(regrades.preview(scope(question, assessment)));
    }

    @POST
    public Response start(@RestForm Long question, @RestForm Long assessment) {
        long job = regrades.start(scope(question, assessment), user.username());
        flash.set(RegradeService.FAILED.equals(regrades.job(job).status())
                ? "Regrade job " + job + " for the same answers stopped with an error; fix the cause and resume it "
                        + "here."
                : "Regrade job " + job + " is queued; this page follows its progress.");
        return Response.seeOther(URI.create("/admin/regrade/jobs/" + job)).build();
    }

    @GET
    @Path("jobs/{id}")
    public TemplateInstance job(@RestPath long id) {
        return Templates.job(regrades.job(id));
    }

    @POST
    @Path("jobs/{id}/resume")
    public Response resume(@RestPath long id) {
        regrades.resume(id, user.username());
        flash.set("Regrade job " + id + " is queued again; it carries on where it stopped.");
        return Response.seeOther(URI.create("/admin/regrade/jobs/" + id)).build();
    }

    private static RegradeScope scope(Long question, Long assessment) {
        if ((question == null) == (assessment == null)) {
            throw new BadRequestException("Say which question or which assessment to regrade.");
        }
        return question != null ? new RegradeScope(RegradeScope.QUESTION, question)
                : new RegradeScope(RegradeScope.ASSESSMENT, assessment);
    }
}
