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

/** One saved state of a question's rubric. Never updated after insert. */
@Entity
@Table(name = "rubric_version")
public class RubricVersion extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    public Question question;

    @Column(name = "version_no")
    public int versionNo;

    /** The rubric in its YAML file format. */
    @NotBlank
    @Column(length = 1_000_000)
    public String content;

    @Column(length = 64)
    public String fingerprint;

    public double points;

    @NotBlank
    @Column(length = 64)
    public String author;

    @Column(length = 500)
    public String note;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static List<RubricVersion> listByQuestion(Question question) {
        return list("question = ?1 order by versionNo desc", question);
    }
}
