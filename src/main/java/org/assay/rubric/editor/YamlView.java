package org.assay.rubric.editor;

import java.util.List;

import org.assay.rubric.QuestionRubric;

/**
 * The raw YAML page: the rubric as text, with the parser's problems by line.
 *
 * @param question the question and its saved version
 * @param yaml the text as typed or saved
 * @param problems what is wrong, each with its line (0 for the whole file)
 * @param canEdit whether the viewer may save
 * @param baseVersion the version the text was started from
 * @param note the note for the next save
 * @param maxChars the size limit, in characters
 */
public record YamlView(QuestionRubric question, String yaml, List<ProblemLine> problems, boolean canEdit,
        int baseVersion, String note, int maxChars) {

    /** A problem with its line. */
    public record ProblemLine(int line, String message) {

        public String where() {
            return line > 0 ? "Line " + line : "Whole file";
        }
    }

    public String path() {
        return RubricPaths.question(question.bankKey(), question.qid()) + "/yaml";
    }
}
