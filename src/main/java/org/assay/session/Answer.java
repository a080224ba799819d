package org.assay.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.assay.rubric.Question;
import org.assay.rubric.RubricVersion;

/** A candidate's answer to one question; created at start, pinned to the rubric version current then. */
@Entity
public class Answer extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id")
    public Attempt attempt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    public Question question;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "rubric_version_id")
    public RubricVersion rubricVersion;

    /** 1-based position in the assessment. */
    public int position;

    @NotNull
    @Column(length = 100_000)
    public String text = "";

    /** Client-side revision of the text; a save with a lower revision is ignored. */
    public int revision;

    @Column(name = "save_count")
    public int saveCount;

    @Column(name = "saved_at")
    public Instant savedAt;

    @Column(name = "first_viewed_at")
    public Instant firstViewedAt;

    @Column(name = "seconds_spent")
    public int secondsSpent;

    public static List<Answer> listByAttempt(Attempt attempt) {
        return list("attempt = ?1 order by position", attempt);
    }

    public static Optional<Answer> findByAttemptAndPosition(Attempt attempt, int position) {
        return find("attempt = ?1 and position = ?2", attempt, position).firstResultOptional();
    }
}
