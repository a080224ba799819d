package org.assay.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.grading.AnswerScore;
import org.assay.grading.Grade;
import org.assay.grading.ScoreBreakdown;
import org.assay.grading.SqlValues;
import org.assay.review.transcript.ReportReader;
import org.assay.rubric.RubricCache;
import org.assay.rubric.RubricVersion;
import org.assay.session.Answer;

/**
 * Loads what {@link ScoreBreakdown}s are read from: the current grades' reports and the answers' rubrics, for one
 * answer or for many in a few queries. Call within a transaction.
 */
@ApplicationScoped
public class Breakdowns {

    /** Ids per IN list. */
    private static final int SLICE = 1000;

    private final ReportReader reports;
    private final RubricCache rubrics;
    private final EntityManager em;

    public Breakdowns(ReportReader reports, RubricCache rubrics, EntityManager em) {
        this.reports = reports;
        this.rubrics = rubrics;
        this.em = em;
    }

    public ScoreBreakdown of(Answer answer, AnswerScore score) {
        var report = score.graded() ? Grade.<Grade>findByIdOptional(score.gradeId()).flatMap(reports::read)
                .orElse(null) : null;
        return ScoreBreakdown.of(score, report, rubrics.rubric(answer.rubricVersion).orElse(null));
    }

    /** The breakdown of each score, by answer id. */
    public Map<Long, ScoreBreakdown> of(Collection<AnswerScore> scores) {
        var list = List.copyOf(scores);
        var read = reports(list.stream().filter(AnswerScore::graded).map(AnswerScore::gradeId).toList());
        var versions = rubricVersions(list.stream().map(AnswerScore::answerId).toList());
        var parsed = new HashMap<Long, Optional<Rubric>>();
        var byAnswer = new HashMap<Long, ScoreBreakdown>();
        for (var score : list) {
            var version = versions.get(score.answerId());
            var rubric = version == null ? null : parsed.computeIfAbsent(version,
                    id -> rubrics.rubric(RubricVersion.findById(id))).orElse(null);
            byAnswer.put(score.answerId(), ScoreBreakdown.of(score,
                    score.graded() ? read.get(score.gradeId()) : null, rubric));
        }
        return byAnswer;
    }

    private Map<Long, GradeReport> reports(List<Long> gradeIds) {
        var byId = new HashMap<Long, GradeReport>();
        var missing = new ArrayList<Long>();
        gradeIds.forEach(id -> reports.cached(id).ifPresentOrElse(report -> byId.put(id, report),
                () -> missing.add(id)));
        for (var slice : slices(missing)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, report from grade where id in (:ids)")
                    .setParameter("ids", slice).getResultList();
            rows.forEach(row -> {
                long id = SqlValues.id(row[0]);
                reports.read(id, (String) row[1]).ifPresent(report -> byId.put(id, report));
            });
        }
        return byId;
    }

    private Map<Long, Long> rubricVersions(List<Long> answerIds) {
        var byAnswer = new HashMap<Long, Long>();
        for (var slice : slices(answerIds)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, rubric_version_id from answer where id in (:ids)")
                    .setParameter("ids", slice).getResultList();
            rows.forEach(row -> byAnswer.put(SqlValues.id(row[0]), SqlValues.id(row[1])));
        }
        return byAnswer;
    }

    private static List<List<Long>> slices(List<Long> ids) {
        var slices = new ArrayList<List<Long>>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            slices.add(ids.subList(from, Math.min(ids.size(), from + SLICE)));
        }
        return slices;
    }
}
