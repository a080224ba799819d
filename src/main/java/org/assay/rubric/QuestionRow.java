package org.assay.rubric;

/**
 * A question as its bank's page lists it.
 *
 * @param qid the question's id in the bank
 * @param title short title
 * @param points maximum score in the current version
 * @param versionNo number of the current version
 * @param savedAt when the current version was saved
 * @param savedBy who saved it
 * @param examples how many graded examples it has
 */
public record QuestionRow(String qid, String title, double points, int versionNo, String savedAt, String savedBy,
        long examples) {
}
