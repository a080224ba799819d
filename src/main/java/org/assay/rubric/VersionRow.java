package org.assay.rubric;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One saved version of a rubric, as the history lists it.
 *
 * @param no version number, from 1
 * @param author who saved it
 * @param createdAt when
 * @param note what the author said about the change
 * @param fingerprint content fingerprint
 * @param points the question's points in this version
 * @param current whether it is the question's current version
 */
public record VersionRow(int no, String author, Instant createdAt, String note, String fingerprint, double points,
        boolean current) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String savedAt() {
        return WHEN.format(createdAt);
    }

    static VersionRow of(RubricVersion version, boolean current) {
        return new VersionRow(version.versionNo, version.author, version.createdAt,
                version.note == null ? "" : version.note, version.fingerprint, version.points, current);
    }
}
