package org.assay.rubric.editor;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.rubric.RubricService;
import org.assay.web.Flash;

/** A question's versions: the list, one version's text, two compared line by line, and restoring an old one. */
@Path("/admin/banks/{bank}/questions/{qid}/history")
@RolesAllowed(Role.INTERVIEWER)
@Produces(MediaType.TEXT_HTML)
public class HistoryResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(HistoryView view);

        static native TemplateInstance version(VersionPage view);

        static native TemplateInstance diff(DiffPage view);

        static native TemplateInstance restore(DiffPage view, int restoring, List<String> changes);
    }

    private final RubricService rubrics;
    private final CurrentUser user;
    private final Flash flash;

    public HistoryResource(RubricService rubrics, CurrentUser user, Flash flash) {
        this.rubrics = rubrics;
        this.user = user;
        this.flash = flash;
    }

    @GET
    public TemplateInstance history(@RestPath String bank, @RestPath String qid) {
        return Templates.history(new HistoryView(rubrics.get(bank, qid), rubrics.history(bank, qid), user.isAdmin()));
    }

    @GET
    @Path("{no}")
    public TemplateInstance version(@RestPath String bank, @RestPath String qid, @RestPath int no) {
        var content = rubrics.content(bank, qid, no)
                .orElseThrow(() -> new NotFoundException("Question " + qid + " has no version " + no + "."));
        return Templates.version(new VersionPage(rubrics.get(bank, qid), no, content, user.isAdmin()));
    }

    @GET
    @Path("diff")
    public TemplateInstance diff(@RestPath String bank, @RestPath String qid, @RestQuery Integer from,
            @RestQuery Integer to) {
        var question = rubrics.get(bank, qid);
        int newer = to == null ? question.versionNo() : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        return Templates.diff(new DiffPage(question, rubrics.diff(bank, qid, older, newer)));
    }

    /** Asks before restoring, showing what the current version would become field by field and line by line. */
    @GET
    @Path("{no}/restore")
    @RolesAllowed(Role.ADMIN)
    public TemplateInstance confirmRestore(@RestPath String bank, @RestPath String qid, @RestPath int no) {
        var question = rubrics.get(bank, qid);
        return Templates.restore(new DiffPage(question, rubrics.diff(bank, qid, no, question.versionNo())), no,
                rubrics.changedSince(bank, qid, question.versionNo(), no));
    }

    @POST
    @Path("{no}/restore")
    @RolesAllowed(Role.ADMIN)
    public Response restore(@RestPath String bank, @RestPath String qid, @RestPath int no) {
        var saved = rubrics.restore(bank, qid, no, user.username());
        flash.set(saved.created() ? "Restored version " + no + " as version " + saved.version() + "."
                : "Version " + no + " is the same as the current version; nothing was restored.");
        return Response.seeOther(URI.create(RubricPaths.question(bank, qid) + "/history")).build();
    }
}
