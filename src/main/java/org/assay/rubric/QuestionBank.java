package org.assay.rubric;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
@Table(name = "question_bank")
public class QuestionBank extends PanacheEntity {

    @NotBlank
    @Column(name = "bank_key", length = 64, unique = true)
    public String key;

    @NotBlank
    @Column(length = 200)
    public String title;

    @Column(length = 2000)
    public String description;

    @Column(name = "time_limit_minutes")
    public int timeLimitMinutes;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /** The questions' scored examples serve as evidence when grading, beside the rubric (opt-in). */
    @Column(name = "examples_as_evidence")
    public boolean examplesAsEvidence;

    /** Reviewers' overrides of this bank's answers serve as scored examples for grading (opt-in). */
    @Column(name = "overrides_as_examples")
    public boolean overridesAsExamples;

    public static Optional<QuestionBank> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }
}
