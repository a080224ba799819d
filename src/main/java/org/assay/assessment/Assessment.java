package org.assay.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.NotBlank;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.assay.rubric.QuestionBank;

@Entity
public class Assessment extends PanacheEntity {

    @NotBlank
    @Column(length = 200)
    public String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bank_id")
    public QuestionBank bank;

    @Column(name = "time_limit_minutes")
    public int timeLimitMinutes;

    /** Hide candidate names from reviewers until an attempt is marked reviewed. */
    @Column(name = "blind_review")
    public boolean blindReview;

    /** Give each candidate the questions in an order of their own, fixed when they start. */
    public boolean shuffle;

    /** Hidden from the lists and closed to new invitations; attempts already made carry on. */
    @Column(name = "archived_at")
    public Instant archivedAt;
    /** Integrity signals recorded while candidates take it: pastes, time away from the test, typing bursts. */
    @Column(name = "record_pastes")
    public boolean recordPastes = true;

    @Column(name = "record_focus")
    public boolean recordFocus = true;

    @Column(name = "record_typing")
    public boolean recordTyping = true;

    /** A second reviewer marks each reviewed attempt blind; disagreements over the threshold are adjudicated. */
    @Column(name = "second_marking")
    public boolean secondMarking;

    /** How far the two marks of an answer may differ before it goes to adjudication, in {@link #secondMarkingUnit}. */
    @Column(name = "second_marking_threshold")
    public double secondMarkingThreshold = 2;

    /** {@code points}, or {@code percent} of the question's points. */
    @Column(name = "second_marking_unit", length = 8)
    public String secondMarkingUnit = "points";

    @Column(name = "created_by", length = 64)
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AssessmentQuestion> questions = new ArrayList<>();
}
