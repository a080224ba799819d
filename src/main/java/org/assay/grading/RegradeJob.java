package org.assay.grading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A background regrade; progress lives here so any instance can resume it. */
@Entity
@Table(name = "regrade_job")
public class RegradeJob extends PanacheEntity {

    /** question or assessment */
    @Column(length = 16)
    public String scope;

    @Column(name = "question_id")
    public Long questionId;

    @Column(name = "assessment_id")
    public Long assessmentId;

    /** QUEUED, RUNNING, DONE, FAILED */
    @Column(length = 16)
    public String status;

    public int total;

    public int done;

    public int changed;

    /** Answers with an id up to this one have been regraded. */
    @Column(name = "cursor_answer_id")
    public long cursorAnswerId;

    @Column(name = "created_by", length = 64)
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Why the job failed, for the progress page. */
    @Column(length = 2000)
    public String error;

    /** When a worker last moved the job forward. */
    @Column(name = "updated_at")
    public Instant updatedAt;
}
