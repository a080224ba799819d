package org.assay.grading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.NotNull;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.assay.engine.score.GradeReport;
import org.assay.rubric.RubricVersion;
import org.assay.session.Answer;

/** The engine's grade of an answer. Append-only: a regrade adds a row; the newest row is current. */
@Entity
public class Grade extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    public Answer answer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "rubric_version_id")
    public RubricVersion rubricVersion;

    @NotNull
    @Column(name = "engine_version", length = 32)
    public String engineVersion;

    public double score;

    @Column(name = "max_score")
    public double maxScore;

    @Column(name = "flag_count")
    public int flagCount;

    /** The codes of the report's flags in report order, stored as rows so lists filter and count them as data. */
    @ElementCollection
    @CollectionTable(name = "grade_flag", joinColumns = @JoinColumn(name = "grade_id"))
    @OrderColumn(name = "flag_index")
    @Column(name = "code", length = 40)
    public List<String> flags = new ArrayList<>();

    /** The channels that produced the grade, comma-separated; null for grades stored before they were recorded. */
    @Column(length = 100)
    public String channels;

    /** The engine's full report as JSON. */
    @NotNull
    @Column(length = 1_000_000)
    public String report;

    @Column(name = "regrade_job_id")
    public Long regradeJobId;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /**
     * A new grade of an answer from the engine's report, with the figures, flags and channels taken from it.
     *
     * @param reportJson the report as stored
     */
    public static Grade of(Answer answer, RubricVersion version, GradeReport report, String reportJson) {
        var grade = new Grade();
        grade.answer = answer;
        grade.rubricVersion = version;
        grade.engineVersion = report.engineVersion();
        grade.score = report.score();
        grade.maxScore = report.max();
        grade.flagCount = report.flags().size();
        report.flags().forEach(flag -> grade.flags.add(flag.code().name()));
        grade.channels = String.join(",", report.channels());
        grade.report = reportJson;
        return grade;
    }

    /** The channels that produced the grade; empty for grades stored before they were recorded. */
    public List<String> channelList() {
        return channelList(channels);
    }

    /** The channels of a stored {@code channels} column. */
    static List<String> channelList(String channels) {
        return channels == null || channels.isEmpty() ? List.of() : List.of(channels.split(","));
    }

    public static Optional<Grade> findCurrent(Answer answer) {
        return find("answer = ?1 order by id desc", answer).firstResultOptional();
    }
}
