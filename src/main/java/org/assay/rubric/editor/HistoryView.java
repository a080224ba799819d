package org.assay.rubric.editor;

import java.util.List;

import org.assay.rubric.QuestionRubric;
import org.assay.rubric.VersionRow;

/**
 * A question's version history.
 *
 * @param question the question and its current version
 * @param versions every version, newest first
 * @param canEdit whether the viewer may restore a version
 */
public record HistoryView(QuestionRubric question, List<VersionRow> versions, boolean canEdit) {

    public String path() {
        return RubricPaths.question(question.bankKey(), question.qid());
    }

    /** The version compared from by default: the one before the current. */
    public int defaultFrom() {
        return versions.size() > 1 ? versions.get(1).no() : question.versionNo();
    }
}
