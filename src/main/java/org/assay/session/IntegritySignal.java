package org.assay.session;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One thing the candidate's page noticed: a paste ({@code amount}: characters), time away from the test (milliseconds)
 * or typing too fast for a person (characters within one second). Shown to reviewers, never scored.
 */
@Entity
@Table(name = "integrity_signal")
public class IntegritySignal extends PanacheEntity {

    /** What was noticed. */
    public enum Kind {
        PASTE, FOCUS, TYPING
    }

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Kind kind;

    /** The attempt the page reported it for. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id")
    public Attempt attempt;

    /** The question open at the time; null when none was. */
    @Column(length = 64)
    public String qid;

    @NotNull
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public long amount;

    public static List<IntegritySignal> listByAttempt(Attempt attempt) {
        return list("attempt = ?1 order by recordedAt, id", attempt);
    }

    public static long countByAttempt(Attempt attempt) {
        return count("attempt", attempt);
    }
}
