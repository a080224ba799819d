package org.assay.rubric.editor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.rubric.ExamplesView;
import org.assay.web.Flash;

/** The rubric editor of one question: the form, its buttons and the try-it panel. */
@Path("/admin/banks/{bank}/questions/{qid}")
@RolesAllowed(Role.INTERVIEWER)
@Produces(MediaType.TEXT_HTML)
public class RubricResource {

    /** Set by the editor's script on try-it requests, which want the report alone. */
    static final String PARTIAL_HEADER = "X-Assay-Partial";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(EditorView view, TryView tryIt);

        /** The try-it report with the examples' agreement on the same rubric, for the editor's script. */
        static native TemplateInstance edit$tryOutput(TryView tryIt, ExamplesView ex);
    }

    private final EditorService editor;
    private final CurrentUser user;
    private final Flash flash;

    public RubricResource(EditorService editor, CurrentUser user, Flash flash) {
        this.editor = editor;
        this.user = user;
        this.flash = flash;
    }

    @GET
    public TemplateInstance edit(@RestPath String bank, @RestPath String qid) {
        return Templates.edit(editor.open(bank, qid, user.isAdmin()), TryView.NONE);
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@RestPath String bank, @RestPath String qid, MultivaluedMap<String, String> form) {
        var outcome = editor.act(bank, qid, form, user.username());
        if (outcome instanceof EditorService.Saved saved) {
            flash.set(saved.version().created() ? "Saved version " + saved.version().version() + "."
                    : "Nothing to save: the draft is the same as version " + saved.version().version() + ".");
            return Response.seeOther(RubricPaths.questionUri(bank, qid)).build();
        }
        var page = (EditorService.Page) outcome;
        return Response.status(page.status()).entity(Templates.edit(page.view(), page.tryIt())).build();
    }

    /** Grades an answer: the report alone for the editor's script, the whole page without it. */
    @POST
    @Path("try")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tryIt(@RestPath String bank, @RestPath String qid, MultivaluedMap<String, String> form,
            @HeaderParam(PARTIAL_HEADER) String partial) {
        if (partial == null && user.isAdmin()) {
            form.putSingle("action", "try");
            return act(bank, qid, form);
        }
        var result = editor.tryIt(bank, qid, form, user.isAdmin());
        var body = partial != null ? Templates.edit$tryOutput(result.view(), result.examples())
                : Templates.edit(editor.open(bank, qid, false).withAnswer(form.getFirst("answer")), result.view());
        return Response.status(result.status()).entity(body).build();
    }
}
