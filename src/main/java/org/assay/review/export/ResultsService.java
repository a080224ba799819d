package org.assay.review.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.assay.assessment.Assessment;
import org.assay.grading.AttemptScores;
import org.assay.review.Display;
import org.assay.review.Recommendation;
import org.assay.review.SqlValues;
import org.assay.review.export.Results.CandidateResult;
import org.assay.review.export.Results.QuestionColumn;
import org.assay.review.export.Results.QuestionResult;
import org.assay.web.Numbers;

/** An assessment's results for export: read in batches of attempts, scores totalled in the database. */
@ApplicationScoped
public class ResultsService {

    /** Attempts read per query; keeps each query and its IN list small. */
    private static final int BATCH = 500;

    private final EntityManager em;

    public ResultsService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Optional<Results> results(long assessmentId) {
        return Assessment.<Assessment>findByIdOptional(assessmentId).map(assessment -> {
            var questions = assessment.questions.stream().map(item -> new QuestionColumn(item.question.id,
                    item.position, item.question.qid, item.question.title)).toList();
            var candidates = new ArrayList<CandidateResult>();
            long after = 0;
            List<Object[]> batch;
            do {
                batch = attempts(assessmentId, after);
                candidates.addAll(candidates(assessment.blindReview, batch, questions));
                after = batch.isEmpty() ? after : ((Number) batch.get(batch.size() - 1)[0]).longValue();
            } while (batch.size() == BATCH);
            return new Results(assessment.id, assessment.title, assessment.blindReview, questions, candidates);
        });
    }

    /** The results as CSV: a row per attempt, the final score of each question, then the totals. */
    public static String csv(Results results) {
        var out = new StringBuilder();
        var heading = new ArrayList<>(List.of("attempt", "candidate", "email", "status", "submitted_at", "reviewed",
                "recommendation"));
        results.questions().forEach(q -> heading.add(q.heading()));
        heading.addAll(List.of("automatic_total", "final_total", "max_total"));
        out.append(Csv.row(heading));
        for (var c : results.candidates()) {
            var cells = new ArrayList<>(List.of(Long.toString(c.attemptId()), c.candidate(),
                    c.email() == null ? "" : c.email(), c.status(), c.submittedAt() == null ? ""
                            : c.submittedAt().toString(), Boolean.toString(c.reviewed()),
                    c.recommendation() == null ? "" : c.recommendation()));
            c.questions().forEach(q -> cells.add(Numbers.points(q.finalScore())));
            cells.addAll(List.of(Numbers.points(c.automaticTotal()), Numbers.points(c.finalTotal()),
                    Numbers.points(c.maxTotal())));
            out.append(Csv.row(cells));
        }
        return out.toString();
    }

    private List<Object[]> attempts(long assessmentId, long after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, i.candidate_name, i.candidate_email, t.status,"
                + " t.submitted_at, t.reviewed, t.recommendation from attempt t"
                + " join invitation i on i.id = t.invitation_id where i.assessment_id = :assessment and t.id > :after"
                + " order by t.id").setParameter("assessment", assessmentId).setParameter("after", after)
                .setMaxResults(BATCH).getResultList();
        return rows;
    }

    private List<CandidateResult> candidates(boolean blind, List<Object[]> attempts, List<QuestionColumn> questions) {
        if (attempts.isEmpty()) {
            return List.of();
        }
        var ids = attempts.stream().map(row -> ((Number) row[0]).longValue()).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> scores = em.createNativeQuery(AttemptScores.PER_ANSWER.formatted("and a.attempt_id in (:ids)"))
                .setParameter("ids", ids).getResultList();
        var byAttempt = new HashMap<Long, Map<Long, Object[]>>();
        scores.forEach(s -> byAttempt.computeIfAbsent(((Number) s[0]).longValue(), k -> new HashMap<>())
                .put(((Number) s[1]).longValue(), s));
        return attempts.stream().map(row -> candidate(blind, row, questions,
                byAttempt.getOrDefault(((Number) row[0]).longValue(), Map.of()))).toList();
    }

    private static CandidateResult candidate(boolean blind, Object[] row, List<QuestionColumn> questions,
            Map<Long, Object[]> scores) {
        long id = ((Number) row[0]).longValue();
        boolean reviewed = (Boolean) row[5];
        var hidden = Display.nameHidden(blind, reviewed);
        var results = questions.stream().map(q -> question(q, scores.get(q.questionId()))).toList();
        var graded = results.stream().filter(r -> r.finalScore() != null).toList();
        Double automatic = graded.isEmpty() ? null
                : graded.stream().filter(r -> r.automatic() != null).mapToDouble(QuestionResult::automatic).sum();
        Double total = graded.isEmpty() ? null : graded.stream().mapToDouble(QuestionResult::finalScore).sum();
        Double max = graded.isEmpty() ? null : graded.stream().mapToDouble(QuestionResult::max).sum();
        var recommendation = Recommendation.labelOf((String) row[6]);
        return new CandidateResult(id, Display.candidate(blind, reviewed, id, (String) row[1]), hidden,
                hidden ? null : (String) row[2], (String) row[3], SqlValues.instant(row[4]), reviewed,
                recommendation.isEmpty() ? null : recommendation, automatic, total, max, results);
    }

    private static QuestionResult question(QuestionColumn column, Object[] score) {
        if (score == null) {
            return new QuestionResult(column.qid(), null, null, null, false);
        }
        var automatic = SqlValues.number(score[2]);
        var override = SqlValues.number(score[3]);
        return new QuestionResult(column.qid(), automatic, override == null ? automatic : override,
                SqlValues.number(score[4]), override != null);
    }
}
