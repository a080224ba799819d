package org.assay.rubric.editor;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.engine.rubric.RubricProblem;
import org.assay.rubric.RubricCheck;
import org.assay.rubric.RubricInvalidException;
import org.assay.rubric.RubricService;
import org.assay.rubric.VersionConflictException;
import org.assay.web.Flash;
import org.assay.web.InvalidInputException;

/** The rubric as raw YAML, for authors who prefer the file format: check it, save it, or open it in the form. */
@Path("/admin/banks/{bank}/questions/{qid}/yaml")
@RolesAllowed(Role.INTERVIEWER)
@Produces(MediaType.TEXT_HTML)
public class YamlResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance yaml(YamlView view, String notice);
    }

    private final RubricService rubrics;
    private final RubricCheck check;
    private final EditorService editor;
    private final CurrentUser user;
    private final Flash flash;

    public YamlResource(RubricService rubrics, RubricCheck check, EditorService editor, CurrentUser user,
            Flash flash) {
        this.rubrics = rubrics;
        this.check = check;
        this.editor = editor;
        this.user = user;
        this.flash = flash;
    }

    @GET
    public TemplateInstance show(@RestPath String bank, @RestPath String qid) {
        var question = rubrics.get(bank, qid);
        return Templates.yaml(new YamlView(question, question.content(), List.of(), user.isAdmin(),
                question.versionNo(), "", check.maxChars()), "");
    }

    /** "save" saves the text as typed (comments and layout kept); "check" lists problems; "form" opens the editor. */
    @POST
    @RolesAllowed(Role.ADMIN)
    public Response act(@RestPath String bank, @RestPath String qid, @RestForm String yaml, @RestForm String note,
            @RestForm Integer baseVersion, @RestForm String action) {
        var text = yaml == null ? "" : yaml.replace("\r\n", "\n");
        var question = rubrics.get(bank, qid);
        var view = new YamlView(question, text, List.of(), true, baseVersion == null ? question.versionNo()
                : baseVersion, note == null ? "" : note, check.maxChars());
        var result = check.check(qid, text);
        if (!result.isValid()) {
            int status = text.length() > check.maxChars() ? 413 : 422;
            return page(status, withProblems(view, result.problems()), "");
        }
        if ("form".equals(action)) {
            var page = editor.draftPage(bank, qid, result.rubric().orElseThrow(), view.baseVersion());
            return Response.ok(RubricResource.Templates.edit(page, TryView.NONE)).build();
        }
        if (!"save".equals(action)) {
            return page(200, view, "No problems found. The text is not saved yet.");
        }
        try {
            var saved = rubrics.save(bank, qid, text, note, user.username(), view.baseVersion());
            flash.set(saved.created() ? "Saved version " + saved.version() + "."
                    : "Nothing to save: the text is the same as version " + saved.version() + ".");
            // The author stays in the editor they saved from
            return Response.seeOther(URI.create(view.path())).build();
        } catch (RubricInvalidException e) {
            return page(422, withProblems(view, e.problems()), "");
        } catch (VersionConflictException e) {
            // The page now rests on the newer version, so saving again replaces it on purpose, as in the form editor
            var rebased = new YamlView(question, text, List.of(), true, e.current(), view.note(), view.maxChars());
            return page(409, withProblems(rebased, List.of(new RubricProblem(qid + ".yaml", 0, e.getMessage()))), "");
        } catch (InvalidInputException e) {
            return page(422, withProblems(view, List.of(new RubricProblem(qid + ".yaml", 0, e.getMessage()))), "");
        }
    }

    private static YamlView withProblems(YamlView view, List<RubricProblem> problems) {
        return new YamlView(view.question(), view.yaml(), problems.stream()
                .map(p -> new YamlView.ProblemLine(p.line(), p.message())).toList(), view.canEdit(),
                view.baseVersion(), view.note(), view.maxChars());
    }

    private static Response page(int status, YamlView view, String notice) {
        return Response.status(status).entity(Templates.yaml(view, notice)).build();
    }
}
