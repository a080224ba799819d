package org.assay.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.assay.rubric.Question;

@Entity
@Table(name = "assessment_question")
public class AssessmentQuestion extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id")
    public Assessment assessment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    public Question question;

    public int position;

    /** Minutes a candidate should expect to spend on it; shown as a hint, never enforced. */
    @Column(name = "guidance_minutes")
    public Integer guidanceMinutes;
}
