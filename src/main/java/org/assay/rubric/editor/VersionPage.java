package org.assay.rubric.editor;

import org.assay.rubric.QuestionRubric;

/** One saved version's text. */
public record VersionPage(QuestionRubric question, int no, String content, boolean canEdit) {

    public String path() {
        return RubricPaths.question(question.bankKey(), question.qid());
    }
}
