package org.assay.rubric.editor;

import org.assay.rubric.DiffView;
import org.assay.rubric.QuestionRubric;

/** Two versions compared, with the question they belong to. */
public record DiffPage(QuestionRubric question, DiffView diff) {

    public String path() {
        return RubricPaths.question(question.bankKey(), question.qid());
    }
}
