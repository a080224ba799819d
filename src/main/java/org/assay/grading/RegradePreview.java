package org.assay.grading;

import java.util.List;

/**
 * A dry run of a regrade: nothing is saved.
 *
 * @param scope what would be regraded
 * @param label the question or assessment in words
 * @param total submitted answers in scope
 * @param previewed how many of them were graded for this preview (all, unless there are more than the preview limit)
 * @param changed previewed answers whose score would change
 * @param overridden previewed answers with a reviewer's score, which a regrade leaves standing
 * @param largest the largest changes, largest first
 * @param runningJob an unfinished job for the same scope, or 0
 */
public record RegradePreview(RegradeScope scope, String label, long total, int previewed, int changed,
        int overridden, List<RegradeChange> largest, long runningJob) {

    public boolean sampled() {
        return previewed < total;
    }
}
