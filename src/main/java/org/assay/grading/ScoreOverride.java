package org.assay.grading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.assay.session.Answer;

/**
 * A reviewer's score for an answer, replacing the engine's. Append-only: the newest row is current; read it through
 * {@link AttemptScores}.
 */
@Entity
@Table(name = "score_override")
public class ScoreOverride extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    public Answer answer;

    /** The grade the reviewer saw when overriding; null when the engine had not graded the answer. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grade_id")
    public Grade grade;

    @NotBlank
    @Column(length = 64)
    public String reviewer;

    public double score;

    @NotBlank
    @Column(length = 2000)
    public String reason;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /**
     * What the score adds on top of the criteria minus the misconceptions; null for overrides stored before
     * reviewers could mark criteria, whose adjustment is read against the engine's criteria.
     */
    public Double adjustment;

    /** Every criterion's points and misconception's penalty behind the score; empty for older overrides. */
    @ElementCollection
    @CollectionTable(name = "score_override_mark", joinColumns = @JoinColumn(name = "override_id"))
    @OrderColumn(name = "mark_index")
    public List<OverrideMark> marks = new ArrayList<>();
}
