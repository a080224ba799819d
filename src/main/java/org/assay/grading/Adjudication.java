package org.assay.grading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.assay.session.Answer;

/**
 * An adjudicator's score for an answer whose two marks disagree by more than the assessment's threshold; it decides
 * the final score. Append-only: the newest row is current; read it through {@link AttemptScores}.
 */
@Entity
@Table(name = "adjudication")
public class Adjudication extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    public Answer answer;

    @NotBlank
    @Column(length = 64)
    public String adjudicator;

    public double score;

    @NotBlank
    @Column(length = 2000)
    public String reason;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
