package org.assay.rubric.editor;

import java.util.List;

import org.assay.engine.rubric.ExampleKind;
import org.assay.rubric.ChannelAgreement;
import org.assay.rubric.ExampleInput;
import org.assay.rubric.ExamplesView;
import org.assay.rubric.QuestionRubric;
import org.assay.web.FormErrors;

/**
 * A question's graded examples in full, with the add-an-example form.
 *
 * @param question the question and its saved version
 * @param examples the examples with their scores on the saved version
 * @param form the add form as typed
 * @param errors problems of the add form
 * @param canEdit whether the viewer may add and delete examples
 * @param channel agreement of the examples with and without the examples channel, each left out in turn
 */
public record ExamplesPage(QuestionRubric question, ExamplesView examples, ExampleInput form, FormErrors errors,
        boolean canEdit, ChannelAgreement channel) {

    public String path() {
        return RubricPaths.question(question.bankKey(), question.qid());
    }

    public List<String> kinds() {
        return ExampleKind.yamlNames();
    }
}
