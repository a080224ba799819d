package org.assay.review.list;

/**
 * One attempt as the review list shows it. Scores are empty until the attempt is graded.
 *
 * @param candidate the name, or "Candidate #id" while blind review hides it
 * @param changed whether a reviewer overrode at least one score
 * @param secondMarking "needs second marking", "needs adjudication", "marked twice", or empty
 * @param finalHidden the viewer may give the second marks, so the first marking's total is not shown
 */
public record AttemptRow(long attemptId, String candidate, boolean nameHidden, String assessment, String status,
        String statusClass, String submittedAt, String automatic, String finalScore, String max, boolean changed,
        int flags, boolean reviewed, String recommendation, String secondMarking, boolean finalHidden) {

    public String link() {
        return "/review/attempts/" + attemptId;
    }
}
