package org.assay.rubric.editor;

import java.util.List;

import org.assay.engine.rubric.ExampleKind;
import org.assay.rubric.ChannelCoverage;
import org.assay.rubric.ExampleInput;
import org.assay.rubric.ExamplesView;
import org.assay.rubric.QuestionRubric;
import org.assay.web.FormErrors;

/**
 * What the rubric editor page shows.
 *
 * @param question the question and its saved version
 * @param form the draft as typed
 * @param errors problems of the draft, by field
 * @param notice what the last action did, or empty
 * @param canEdit whether the viewer may change the rubric (admins); others see it read-only
 * @param baseVersion the version the draft was started from
 * @param note the note for the next save
 * @param answer the try-it answer
 * @param example the add-an-example fields
 * @param examples the graded examples with their scores
 * @param coverage whether the question has enough scored examples for the examples channel to help
 * @param loose the draft's loose expressions, by field
 */
public record EditorView(QuestionRubric question, RubricForm form, FormErrors errors, String notice, boolean canEdit,
        int baseVersion, String note, String answer, ExampleInput example, ExamplesView examples,
        ChannelCoverage coverage, LooseMarks loose) {

    public List<String> kinds() {
        return ExampleKind.yamlNames();
    }

    /** The editor's address. */
    public String path() {
        return RubricPaths.question(question.bankKey(), question.qid());
    }

    /** The same page with an answer in the try-it box. */
    public EditorView withAnswer(String typed) {
        return new EditorView(question, form, errors, notice, canEdit, baseVersion, note, typed == null ? "" : typed,
                example, examples, coverage, loose);
    }

    /** The same page with the draft counted as started from {@code version}. */
    public EditorView basedOn(int version) {
        return new EditorView(question, form, errors, notice, canEdit, version, note, answer, example, examples,
                coverage, loose);
    }

    /** The same page with another notice. */
    public EditorView withNotice(String text) {
        return new EditorView(question, form, errors, text, canEdit, baseVersion, note, answer, example, examples,
                coverage, loose);
    }

    /** The same page with other loose-expression marks, such as ones with tighter phrases. */
    public EditorView withLoose(LooseMarks marks) {
        return new EditorView(question, form, errors, notice, canEdit, baseVersion, note, answer, example, examples,
                coverage, marks);
    }

    public int nextVersion() {
        return question.versionNo() + 1;
    }

    /** Whether the draft was started from an older version than the current one. */
    public boolean stale() {
        return baseVersion != question.versionNo();
    }
}
