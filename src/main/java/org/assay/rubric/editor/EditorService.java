package org.assay.rubric.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricWriter;
import org.assay.rubric.AuthoringEngine;
import org.assay.rubric.ChannelCoverage;
import org.assay.rubric.ExampleChannel;
import org.assay.rubric.ExampleExplanation;
import org.assay.rubric.ExampleInput;
import org.assay.rubric.ExampleService;
import org.assay.rubric.ExamplesView;
import org.assay.rubric.FormNumbers;
import org.assay.rubric.QuestionRubric;
import org.assay.rubric.RubricCheck;
import org.assay.rubric.RubricService;
import org.assay.rubric.SavedVersion;
import org.assay.rubric.VersionConflictException;
import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/**
 * What the editor's buttons do. Every button posts the whole draft, so a page shown again keeps what was typed; only
 * "save" and "keep as example" write anything.
 */
@ApplicationScoped
public class EditorService {

    /** What an editor request leads to: the page again, or a redirect after a save. */
    public sealed interface Outcome {
    }

    public record Page(int status, EditorView view, TryView tryIt) implements Outcome {
    }

    public record Saved(SavedVersion version) implements Outcome {
    }

    private final RubricService rubrics;
    private final RubricCheck check;
    private final ExampleService examples;
    private final AuthoringEngine engine;
    private final LooseMarker loose;
    private final AssayConfig config;
    private final ExampleChannel channel;

    public EditorService(RubricService rubrics, RubricCheck check, ExampleService examples, AuthoringEngine engine,
            LooseMarker loose, AssayConfig config, ExampleChannel channel) {
        this.channel = channel;
        this.rubrics = rubrics;
        this.check = check;
        this.examples = examples;
        this.engine = engine;
        this.loose = loose;
        this.config = config;
    }

    /** The editor showing the saved version. */
    public EditorView open(String bankKey, String qid, boolean canEdit) {
        var question = rubrics.get(bankKey, qid);
        var form = RubricForm.of(question.rubric());
        return new EditorView(question, form, FormErrors.NONE, "", canEdit, question.versionNo(), "", "",
                ExampleInput.BLANK, examples.evaluate(question, Optional.empty()), channel.coverage(question),
                loose.mark(form));
    }

    /** The editor showing a rubric that is not saved, such as one opened from the YAML page. */
    public EditorView draftPage(String bankKey, String qid, Rubric draft, int baseVersion) {
        var question = rubrics.get(bankKey, qid);
        var changed = Optional.of(draft).filter(r -> !RubricWriter.fingerprint(r).equals(question.fingerprint()));
        var form = RubricForm.of(draft);
        return new EditorView(question, form, FormErrors.NONE, "Opened the YAML in the form. It is not saved yet.",
                true, baseVersion, "", "", ExampleInput.BLANK, examples.evaluate(question, changed),
                channel.coverage(question), loose.mark(form));
    }

    /** Carries out the button in {@code action} on the posted draft. Only admins get here. */
    public Outcome act(String bankKey, String qid, Map<String, List<String>> fields, String user) {
        var request = new Request(rubrics.get(bankKey, qid), fields);
        var action = request.field("action");
        var parts = action.split(":");
        return switch (parts[0]) {
            case "save" -> save(request, user);
            case "validate" -> validate(request);
            case "try" -> tryAnswer(request);
            case "suggest" -> withTighter(suggest(request), request.question);
            case "keep-example" -> keepExample(request, user);
            case "add" -> request.page(request.form.withRowAdded(parts[1]), "Added a row; fill it in.");
            case "remove" -> request.page(request.form.withRowRemoved(parts[1], index(parts)), "Removed the row.");
            case "up" -> request.page(request.form.withRowMoved(parts[1], index(parts), -1), "Moved the row up.");
            case "down" -> request.page(request.form.withRowMoved(parts[1], index(parts), 1), "Moved the row down.");
            default -> request.page(request.form, "");
        };
    }

    /**
     * Grades the try-it answer against the posted draft (admins) or the saved version (everyone else), and grades the
     * question's examples on the same draft so the panel can show which scores it changes.
     */
    public TryResult tryIt(String bankKey, String qid, Map<String, List<String>> fields, boolean canEdit) {
        var request = new Request(rubrics.get(bankKey, qid), fields);
        var question = request.question;
        if (!canEdit || !RubricForm.present(fields)) {
            return new TryResult(200, grade(question, question.rubric(), request.answer(),
                    "version " + question.versionNo()), examples.evaluate(question, Optional.empty()));
        }
        var draft = Draft.of(request.form, check);
        if (!draft.valid()) {
            return new TryResult(422, new TryView(null, List.copyOf(draft.errors().messages().values())),
                    examples.evaluate(question, Optional.empty()));
        }
        return new TryResult(200, grade(question, draft.rubric().orElseThrow(), request.answer(), "draft"),
                examples.evaluate(question, unsaved(question, draft)));
    }

    /** A try-it panel with its status and the examples graded on the same rubric. */
    public record TryResult(int status, TryView view, ExamplesView examples) {
    }

    private Outcome save(Request request, String user) {
        var draft = Draft.of(request.form, check);
        if (!draft.valid()) {
            return request.page(422, draft, "Not saved: the draft has problems, shown at each field.");
        }
        try {
            return new Saved(rubrics.saveDraft(request.question.bankKey(), request.question.qid(),
                    draft.rubric().orElseThrow(),
                    request.field("note"), user, FormNumbers.whole(request.field("baseVersion")).stream().boxed()
                            .findFirst().orElse(null)));
        } catch (VersionConflictException e) {
            // Shown again based on the newest version: a second save, after comparing, replaces it on purpose
            var theirs = rubrics.changedSince(request.question.bankKey(), request.question.qid(),
                    FormNumbers.whole(request.field("baseVersion")).orElse(e.current()));
            var changes = theirs.isEmpty() ? "" : " Their change: " + String.join("; ", theirs) + ".";
            var page = (Page) request.page(409, draft.withError(Draft.WHOLE, e.getMessage() + changes
                    + " Saving again re-applies your draft over it as the next version."), "Not saved.");
            return new Page(409, page.view().basedOn(e.current()), TryView.NONE);
        } catch (InvalidInputException e) {
            return request.page(422, draft.withErrors(e.errors()), "Not saved.");
        }
    }

    private Outcome validate(Request request) {
        var draft = Draft.of(request.form, check);
        return draft.valid() ? request.page(200, draft, "The draft has no problems. It is not saved yet.")
                : request.page(422, draft, "The draft has problems, shown at each field.");
    }

    private Outcome tryAnswer(Request request) {
        var draft = Draft.of(request.form, check);
        if (!draft.valid()) {
            return request.page(422, draft, "Fix the draft's problems to try an answer against it.");
        }
        var page = (Page) request.page(200, draft, "");
        return new Page(200, page.view(), grade(request.question, draft.rubric().orElseThrow(), request.answer(),
                "draft"));
    }

    private Outcome suggest(Request request) {
        var form = request.form;
        var points = FormNumbers.decimal(form.points());
        if (form.modelAnswer().isBlank() || points.isEmpty() || points.getAsDouble() <= 0) {
            return request.page(422, Draft.of(form, check).withErrors(new FormErrors(Map.of("modelAnswer",
                    "Write a model answer and the question's points first: criteria are drafted from them."))), "");
        }
        try {
            var drafted = engine.draft(form.id(), form.prompt(), form.modelAnswer(), points.getAsDouble());
            var hadCriteria = form.criteria().stream().anyMatch(row -> !row.blank());
            return request.page(form.withSuggested(drafted.criteria()), "Suggested " + drafted.criteria().size()
                    + " criteria from the model answer" + (hadCriteria ? ", added after yours" : "")
                    + ". They are a starting point: edit them, make the points add up, then save.");
        } catch (IllegalArgumentException e) {
            return request.page(422, Draft.of(form, check).withErrors(new FormErrors(Map.of("modelAnswer",
                    "No criteria could be drafted from this model answer: " + e.getMessage()))), "");
        }
    }

    /** Suggestions also offer tighter phrases, from the examples, for each loose expression of a criterion. */
    private Outcome withTighter(Outcome outcome, QuestionRubric question) {
        var page = (Page) outcome;
        var marks = loose.markWithTighter(page.view().form(), question);
        if (marks.count() == 0 || page.status() != 200) {
            return new Page(page.status(), page.view().withLoose(marks), page.tryIt());
        }
        var marked = marks.count() == 1 ? "1 loose expression is marked under its field"
                : marks.count() + " loose expressions are marked under their fields";
        var notice = (page.view().notice() + " " + marked + ", with tighter phrases from the graded examples where "
                + "they have some.").strip();
        return new Page(page.status(), page.view().withLoose(marks).withNotice(notice), page.tryIt());
    }

    private Outcome keepExample(Request request, String user) {
        var input = new ExampleInput(request.answer(), request.field("exampleScore"), request.field("exampleKind"));
        try {
            examples.add(request.question.bankKey(), request.question.qid(), input, ExampleService.SOURCE_TRY_IT,
                    user);
            return request.page(request.form, "Kept the answer as a graded example.");
        } catch (InvalidInputException e) {
            return request.page(422, Draft.of(request.form, check).withErrors(e.errors()), "");
        }
    }

    private TryView grade(QuestionRubric question, Rubric rubric, String answer, String against) {
        if (answer.isBlank()) {
            return new TryView(null, List.of("Type an answer to try."));
        }
        if (answer.length() > config.limits().answerChars()) {
            return new TryView(null, List.of("The answer has " + answer.length() + " characters; answers may have "
                    + "at most " + config.limits().answerChars() + "."));
        }
        long started = System.nanoTime();
        var report = channel.grade(question, rubric, answer);
        long millis = (System.nanoTime() - started) / 1_000_000;
        var explained = ExampleExplanation.of(report, rubric, question.bankKey(), question.qid());
        var note = explained.isPresent() ? "" : whyNoExamples(question, channel.coverage(question));
        return new TryView(ReportView.of(report, answer, millis, against, engine.looseIn(rubric))
                .withExamples(explained.orElse(null), note), List.of());
    }

    /** The draft's rubric when it is valid and means something else than the saved version. */
    private static Optional<Rubric> unsaved(QuestionRubric question, Draft draft) {
        return draft.rubric().filter(r -> !RubricWriter.fingerprint(r).equals(question.fingerprint()));
    }

    /** Why try-it's score is the rubric's alone. */
    private static String whyNoExamples(QuestionRubric question, ChannelCoverage coverage) {
        if (!coverage.on()) {
            return "Scored examples are not used: examples as evidence is off for this bank, so the rubric alone "
                    + "decides.";
        }
        if (coverage.examples() == 0) {
            return "This question has no scored examples under version " + question.versionNo()
                    + ", so the rubric alone decides.";
        }
        return "Scored examples are not used with this draft: they were scored under version "
                + question.versionNo() + ". The rubric alone decides.";
    }

    private static int index(String[] parts) {
        return parts.length > 2 ? FormNumbers.whole(parts[2]).orElse(-1) : -1;
    }

    /** One posted editor form. */
    private final class Request {

        final QuestionRubric question;
        final Map<String, List<String>> fields;
        final RubricForm form;

        Request(QuestionRubric question, Map<String, List<String>> fields) {
            this.question = question;
            this.fields = fields;
            this.form = RubricForm.read(question.qid(), fields);
        }

        String field(String name) {
            var values = fields.get(name);
            return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
        }

        String answer() {
            return field("answer");
        }

        /** The page with a changed form, its problems not shown: the author is still arranging rows. */
        Outcome page(RubricForm changed, String notice) {
            var draft = Draft.of(changed, check);
            return new Page(200, view(changed, FormErrors.NONE, notice, draft), TryView.NONE);
        }

        Outcome page(int status, Draft draft, String notice) {
            return new Page(status, view(form, draft.errors(), notice, draft), TryView.NONE);
        }

        private EditorView view(RubricForm shown, FormErrors errors, String notice, Draft draft) {
            var changed = unsaved(question, draft);
            int base = FormNumbers.whole(field("baseVersion")).orElse(question.versionNo());
            var example = new ExampleInput("", field("exampleScore"), field("exampleKind"));
            return new EditorView(question, shown, errors, notice, true, base, field("note"), answer(), example,
                    examples.evaluate(question, changed), channel.coverage(question), loose.mark(shown));
        }
    }
}
