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
 * A second reviewer's score for an answer, given without seeing the first reviewer's. Append-only: the newest row is
 * current; read it through {@link AttemptScores}.
 */
@Entity
@Table(name = "second_mark")
public class SecondMark extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    public Answer answer;

    @NotBlank
    @Column(length = 64)
    public String reviewer;

    public double score;

    /** Optional note of the second reviewer. */
    @Column(length = 2000)
    public String note;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
