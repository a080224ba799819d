package org.assay.rubric;

import java.util.List;

/**
 * A bank as read from its folder, ready to store.
 *
 * @param key the bank id from bank.yaml
 * @param title name shown to admins
 * @param description a few sentences; may be empty
 * @param timeLimitMinutes default time limit of assessments built from it
 * @param questions rubrics in the bank's order
 * @param problems what is wrong with the folder, as "file:line: message"; a bank with problems is not imported
 */
record BankFolder(String key, String title, String description, int timeLimitMinutes, List<QuestionFile> questions,
        List<String> problems) {

    /**
     * One question's rubric file.
     *
     * @param qid question id
     * @param title short title
     * @param points maximum score
     * @param content the rubric as written in its file
     * @param fingerprint identifies the rubric's meaning, to spot unchanged re-imports
     * @param examples graded examples kept beside the rubric
     */
    record QuestionFile(String qid, String title, double points, String content, String fingerprint,
            List<ExampleFile> examples) {
    }

    /** A graded example answer from the examples file. */
    record ExampleFile(String kind, String answer, double score, Double tolerance) {
    }
}
