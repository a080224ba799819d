package org.assay.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Inserts thousands of submitted attempts straight through JDBC, for the scale tests. */
final class ScaleRows {

    private ScaleRows() {
    }

    /**
     * Attempts {@code firstId} … {@code firstId + count - 1}, each with its own invitation of the same id, named
     * "Scale 0000" … and submitted now.
     *
     * @param key distinguishes the tests' emails and tokens
     */
    static void submittedAttempts(Connection db, long assessment, long firstId, int count, String key)
            throws SQLException {
        var now = Timestamp.from(Instant.now());
        try (var invitation = db.prepareStatement("insert into invitation (id, assessment_id, candidate_name,"
                + " candidate_email, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?, ?, ?)");
                var attempt = db.prepareStatement("insert into attempt (id, invitation_id, status, started_at,"
                        + " deadline, submitted_at, current_position, reviewed, version) values (?, ?, 'SUBMITTED',"
                        + " ?, ?, ?, 1, false, 0)")) {
            for (int n = 0; n < count; n++) {
                long id = firstId + n;
                invitation.setLong(1, id);
                invitation.setLong(2, assessment);
                invitation.setString(3, "Scale %04d".formatted(n));
                invitation.setString(4, key + n + "@example.org");
                invitation.setString(5, key + "-token-" + id);
                invitation.setTimestamp(6, now);
                invitation.setTimestamp(7, now);
                invitation.addBatch();
                attempt.setLong(1, id);
                attempt.setLong(2, id);
                attempt.setTimestamp(3, now);
                attempt.setTimestamp(4, now);
                attempt.setTimestamp(5, now);
                attempt.addBatch();
            }
            invitation.executeBatch();
            attempt.executeBatch();
        }
    }
}
