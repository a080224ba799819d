package org.assay.rubric;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An answer with the score a human expert gave it, used to check a rubric. */
@Entity
@Table(name = "rubric_example")
public class RubricExample extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    public Question question;

    @Column(length = 32)
    public String kind;

    @NotBlank
    @Column(length = 20_000)
    public String answer;

    @Column(name = "expected_score")
    public double expectedScore;

    public Double tolerance;

    /** Where it came from: file, manual, try-it, transcript. */
    @NotBlank
    @Column(length = 32)
    public String source;

    /** The transcript answer this example was copied from, if any. */
    @Column(name = "answer_id")
    public Long answerId;

    /**
     * The rubric version the example was scored under; it serves as grading evidence only while that version is
     * current. Null for examples that came with the bank, which follow its rubric.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rubric_version_id")
    public RubricVersion rubricVersion;

    /** Flags the grade report must raise, comma-separated flag codes; empty or null for none. */
    @Column(length = 200)
    public String flags;

    @Column(name = "created_by", length = 64)
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static List<RubricExample> listByQuestion(Question question) {
        return list("question = ?1 order by id", question);
    }
}
