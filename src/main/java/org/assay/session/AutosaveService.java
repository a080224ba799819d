package org.assay.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.quarkus.logging.Log;

import org.assay.web.SqlStates;

/**
 * Autosaves from the candidate's page. Nearly every one is the same case: a running attempt, its own browser, and a
 * text one revision newer than the stored one. That case runs as three plain statements in one transaction: find the
 * attempt, lock it (as every save and submit does) and update the answer only if its stored revision still allows it,
 * without the entity layer's loading and flushing, which cost more than the statements themselves. Anything
 * else (a closed or revoked link, the deadline passed, another browser, a stale, repeated or unknown save, a first
 * save that names the browser) goes through {@link AnswerService#save}, which decides it and words the reply. The
 * shortcut decides nothing that path would decide differently: when in doubt it leaves the save to it.
 */
@ApplicationScoped
public class AutosaveService {

    /** The attempt behind a link, and whether the link was revoked; read without a lock, as the link changes alone. */
    private static final String FIND = "select a.id, i.revoked_at from invitation i join attempt a"
            + " on a.invitation_id = i.id where i.token_hash = ?";
    /**
     * Locks the attempt and reads what a save depends on. Kept to one table and one row: the embedded database parses
     * a locking query at every run, and marks every table it locks as changed.
     */
    private static final String LOCK = "select status, deadline, active_device from attempt where id = ? for update";
    /** Updates only when the stored revision is older, not more than the step behind, and not newer than the base. */
    private static final String UPDATE = "update answer set text = ?, revision = ?, save_count = save_count + 1,"
            + " saved_at = ? where attempt_id = ? and question_id in (select q.id from question q where q.qid = ?)"
            + " and revision < ? and revision >= ? and revision <= ?";

    private final DataSource dataSource;
    private final AnswerService answers;

    public AutosaveService(DataSource dataSource, AnswerService answers) {
        this.dataSource = dataSource;
        this.answers = answers;
    }

    /** As {@link AnswerService#save(String, String, String, int, Integer, String)}, with the same replies. */
    public AnswerService.Saved save(String token, String qid, String text, int revision, Integer base,
            String device) {
        var hash = AttemptService.tokenHash(token);
        var normalized = answers.accepted(text);
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            var saved = tryCommon(hash, qid, normalized, revision, base, device, now);
            if (saved.isPresent()) {
                return saved.get();
            }
        } catch (SQLException e) {
            if (SqlStates.contention(e) || SqlStates.poolExhausted(e)) {
                // Nothing was changed: say so now (503, send again) rather than wait as long again on the full path
                throw new PersistenceException(e);
            }
            // A lost connection, say: the full path tries again with another and reports what it meets
            Log.debugf(e, "The quick save of %s fell back to the full one", qid);
        }
        return answers.save(token, qid, normalized, revision, base, device);
    }

    private Optional<AnswerService.Saved> tryCommon(String hash, String qid, String text, int revision, Integer base,
            String device, Instant now) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            boolean saved = false;
            try {
                long attempt = lockIfCommon(connection, hash, device, now);
                saved = attempt >= 0 && update(connection, attempt, qid, text, revision, base, now);
            } finally {
                if (saved) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                connection.setAutoCommit(autoCommit);
            }
            return saved ? Optional.of(new AnswerService.Saved(qid, revision, now)) : Optional.empty();
        }
    }

    /**
     * Locks the attempt and returns its id when it is running, its link usable, its time not up and the browser its
     * holder (or not named); else -1.
     */
    private static long lockIfCommon(Connection connection, String hash, String device, Instant now)
            throws SQLException {
        long attempt;
        try (var find = connection.prepareStatement(FIND)) {
            find.setString(1, hash);
            try (var row = find.executeQuery()) {
                if (!row.next() || row.getObject(2, OffsetDateTime.class) != null) {
                    return -1;
                }
                attempt = row.getLong(1);
            }
        }
        try (var lock = connection.prepareStatement(LOCK)) {
            lock.setLong(1, attempt);
            try (var row = lock.executeQuery()) {
                if (!row.next()) {
                    return -1;
                }
                var deadline = row.getObject(2, OffsetDateTime.class);
                String active = row.getString(3);
                boolean common = AttemptStatus.IN_PROGRESS.name().equals(row.getString(1))
                        && deadline != null && !now.isAfter(deadline.toInstant())
                        && (device == null || active != null && Devices.same(active, device)
                                && !Devices.narrows(active, device));
                return common ? attempt : -1;
            }
        }
    }

    /** Whether the answer took the text: false when it is unknown or its stored revision does not allow it. */
    private static boolean update(Connection connection, long attempt, String qid, String text, int revision,
            Integer base, Instant now) throws SQLException {
        try (var update = connection.prepareStatement(UPDATE)) {
            update.setString(1, text);
            update.setInt(2, revision);
            update.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setLong(4, attempt);
            update.setString(5, qid);
            update.setInt(6, revision);
            update.setLong(7, (long) revision - AnswerService.REVISION_STEP_MAX);
            update.setInt(8, base == null ? Integer.MAX_VALUE : base);
            return update.executeUpdate() == 1;
        }
    }
}
