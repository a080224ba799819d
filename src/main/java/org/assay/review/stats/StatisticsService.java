package org.assay.review.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.assay.assessment.Assessment;
import org.assay.grading.AnswerScore;
import org.assay.grading.AttemptScores;
import org.assay.grading.ScoreBreakdown;
import org.assay.grading.SqlValues;
import org.assay.review.Breakdowns;
import org.assay.review.stats.QuestionFigures.Criterion;
import org.assay.review.stats.QuestionFigures.Meta;
import org.assay.review.stats.QuestionFigures.Sample;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.editor.RubricPaths;

/**
 * Question statistics of an assessment or a bank, computed on request from the current scores (so they follow every
 * grading and override). Scores come from {@link AttemptScores}, criteria from each score's {@link ScoreBreakdown}.
 */
@ApplicationScoped
public class StatisticsService {

    /** Attempts read per query. */
    private static final int BATCH = 500;

    private final EntityManager em;
    private final AttemptScores scores;
    private final Breakdowns breakdowns;

    public StatisticsService(EntityManager em, AttemptScores scores, Breakdowns breakdowns) {
        this.em = em;
        this.scores = scores;
        this.breakdowns = breakdowns;
    }

    @Transactional
    public Optional<StatisticsView> assessment(long assessmentId) {
        return Assessment.<Assessment>findByIdOptional(assessmentId).map(assessment -> {
            var metas = new LinkedHashMap<Long, Meta>();
            assessment.questions.forEach(item -> metas.put(item.question.id, meta(item.position, item.question)));
            var attempts = attemptIds("i.assessment_id = :scope", assessmentId);
            return new StatisticsView("assessment", assessment.title, attempts.size(), compute(metas, attempts));
        });
    }

    @Transactional
    public Optional<StatisticsView> bank(String bankKey) {
        return QuestionBank.findByKey(bankKey).map(bank -> {
            var metas = new LinkedHashMap<Long, Meta>();
            Question.listByBank(bank).forEach(q -> metas.put(q.id, meta(q.position, q)));
            var attempts = attemptIds("s.bank_id = :scope", bank.id);
            return new StatisticsView("bank", bank.title, attempts.size(), compute(metas, attempts));
        });
    }

    private static Meta meta(int position, Question question) {
        double max = question.currentVersion == null ? 0 : question.currentVersion.points;
        return new Meta(position, question.qid, question.title, max,
                RubricPaths.question(question.bank.key, question.qid));
    }

    private List<Long> attemptIds(String condition, long scope) {
        List<?> ids = em.createNativeQuery("select t.id from attempt t join invitation i on i.id = t.invitation_id"
                + " join assessment s on s.id = i.assessment_id where t.status = 'SUBMITTED' and " + condition
                + " order by t.id").setParameter("scope", scope).getResultList();
        return ids.stream().map(SqlValues::id).toList();
    }

    private List<QuestionStatistics> compute(Map<Long, Meta> metas, List<Long> attempts) {
        var samples = new HashMap<Long, List<Sample>>();
        metas.keySet().forEach(id -> samples.put(id, new ArrayList<>()));
        for (int from = 0; from < attempts.size(); from += BATCH) {
            var batch = attempts.subList(from, Math.min(attempts.size(), from + BATCH));
            var byAttempt = scores.answers(batch);
            var all = byAttempt.values().stream().flatMap(List::stream).toList();
            var explained = breakdowns.of(all);
            var flags = scores.flagCodes(all.stream().filter(AnswerScore::graded).map(AnswerScore::gradeId).toList());
            byAttempt.values().forEach(answers -> addSamples(answers, explained, flags, samples));
        }
        var result = new ArrayList<QuestionStatistics>();
        metas.forEach((id, meta) -> result.add(QuestionFigures.compute(meta, samples.get(id))));
        return result;
    }

    private static void addSamples(List<AnswerScore> answers, Map<Long, ScoreBreakdown> explained,
            Map<Long, List<String>> flags, Map<Long, List<Sample>> samples) {
        double total = answers.stream().filter(AnswerScore::scored).mapToDouble(AnswerScore::score).sum();
        for (var answer : answers) {
            var into = samples.get(answer.questionId());
            if (into == null || !answer.scored()) {
                continue;
            }
            var criteria = explained.get(answer.answerId()).criteria().stream()
                    .map(c -> new Criterion(c.id(), c.label(), c.met())).toList();
            into.add(new Sample(answer.score(), answer.automatic(), answer.max(), answer.overridden(),
                    total - answer.score(), criteria,
                    answer.graded() ? flags.getOrDefault(answer.gradeId(), List.of()) : List.of()));
        }
    }
}
