package org.assay.grading;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An answer waiting to be graded. The row goes when its grade is stored. While an instance grades the answer it holds
 * a claim until {@code claimedUntil}; a failed try is kept with its reason and tried again at {@code nextTryAt}, or
 * waits for a person when {@code nextTryAt} is null.
 */
@Entity
@Table(name = "grading_task")
public class GradingTask extends PanacheEntityBase {

    @Id
    @Column(name = "answer_id")
    public Long answerId;

    public int tries;

    @Column(name = "next_try_at")
    public Instant nextTryAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "claimed_by", length = 64)
    public String claimedBy;

    @Column(name = "last_error", length = 2000)
    public String lastError;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static Optional<GradingTask> forAnswer(long answerId) {
        return findByIdOptional(answerId);
    }

    /** The last try failed. */
    public boolean failed() {
        return lastError != null;
    }

    /** Automatic tries are used up: a person has to retry or score the answer. */
    public boolean waitingForPerson() {
        return failed() && nextTryAt == null;
    }
}
