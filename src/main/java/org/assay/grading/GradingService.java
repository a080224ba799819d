package org.assay.grading;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import org.assay.engine.Grader;
import org.assay.engine.score.GradeReport;
import org.assay.rubric.RubricVersion;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;

/** Grades submitted answers against the rubric version each answer was pinned to when the attempt started. */
@ApplicationScoped
public class GradingService {

    private final Grader grader;
    private final RubricCache rubrics;
    private final ObjectMapper json;

    public GradingService(Grader grader, RubricCache rubrics, ObjectMapper json) {
        this.grader = grader;
        this.rubrics = rubrics;
        this.json = json;
    }

    /**
     * Grades every answer of a submitted attempt that has no grade yet and returns how many it graded. Runs in its
     * own transaction so that a grading failure never undoes the submission; the attempt row lock keeps two
     * instances from grading the same attempt twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int gradeAttempt(long attemptId) {
        Attempt attempt = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || attempt.status != AttemptStatus.SUBMITTED) {
            return 0;
        }
        int graded = 0;
        for (Answer answer : Answer.listByAttempt(attempt)) {
            if (Grade.findCurrent(answer).isEmpty() && grade(answer).isPresent()) {
                graded++;
            }
        }
        Log.debugf("Graded %d answers of attempt %d", graded, attemptId);
        return graded;
    }

    /** Submitted attempts with at least one answer not graded yet, oldest first. */
    @Transactional
    public List<Long> listUngradedAttempts(int limit) {
        return Answer.<Answer>find("""
                from Answer a where a.attempt.status = ?1
                and not exists (select g.id from Grade g where g.answer = a)
                order by a.attempt.submittedAt, a.id""", AttemptStatus.SUBMITTED)
                .page(0, limit).list().stream().map(answer -> answer.attempt.id).distinct().toList();
    }

    private Optional<Grade> grade(Answer answer) {
        var rubric = rubrics.rubric(answer.rubricVersion);
        if (rubric.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(record(answer, answer.rubricVersion, grader.grade(rubric.get(), answer.text), null));
    }

    /**
     * Stores the engine's report as a new grade of the answer; grades are only ever added.
     *
     * @param regradeJobId the regrade job that produced it, or null for grading at submit
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Grade record(Answer answer, RubricVersion version, GradeReport report, Long regradeJobId) {
        var grade = new Grade();
        grade.answer = answer;
        grade.rubricVersion = version;
        grade.engineVersion = report.engineVersion();
        grade.score = report.score();
        grade.maxScore = report.max();
        grade.flagCount = report.flags().size();
        grade.report = toJson(report);
        grade.regradeJobId = regradeJobId;
        grade.persist();
        return grade;
    }

    private String toJson(GradeReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A grade report could not be written as JSON", e);
        }
    }
}
