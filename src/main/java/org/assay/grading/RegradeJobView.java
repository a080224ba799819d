package org.assay.grading;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A regrade job's progress, for the page that follows it.
 *
 * @param id the job
 * @param label what it regrades, in words
 * @param status QUEUED, RUNNING, DONE or FAILED
 * @param total answers in scope when it started
 * @param done answers regraded so far
 * @param changed answers whose score changed
 * @param createdBy who started it
 * @param createdAt when
 * @param finishedAt when it finished, or null
 * @param error why it failed, or null
 * @param largest the largest changes it made so far, largest first
 */
public record RegradeJobView(long id, String label, String status, int total, int done, int changed,
        String createdBy, Instant createdAt, Instant finishedAt, String error, List<RegradeChange> largest) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public boolean finished() {
        return RegradeService.DONE.equals(status) || RegradeService.FAILED.equals(status);
    }

    public boolean failed() {
        return RegradeService.FAILED.equals(status);
    }

    public int percent() {
        return total == 0 ? 100 : Math.min(100, 100 * done / total);
    }

    public String createdAtText() {
        return WHEN.format(createdAt);
    }

    public String finishedAtText() {
        return finishedAt == null ? "" : WHEN.format(finishedAt);
    }
}
