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
import org.assay.review.second.FirstMarkingVisibility;
import org.assay.review.second.FirstMarkingVisibility.Marking;
import org.assay.review.stats.QuestionFigures.Criterion;
import org.assay.review.stats.QuestionFigures.Meta;
import org.assay.review.stats.QuestionFigures.Sample;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.editor.RubricPaths;

/**
 * Question statistics of an assessment or a bank, computed on request from the current scores (so they follow every
 * grading and override). Scores come from {@link AttemptScores}, criteria from each score's {@link ScoreBreakdown}.
 * An attempt waiting for its second mark counts with the engine's scores unless the viewer marked it first, so the
 * figures never reveal a first marking to whoever may still give the second marks.
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
    public Optional<StatisticsView> assessment(long assessmentId, String viewer) {
        return Assessment.<Assessment>findByIdOptional(assessmentId).map(assessment -> {
            var metas = new LinkedHashMap<Long, Meta>();
            assessment.questions.forEach(item -> metas.put(item.question.id, meta(item.position, item.question)));
            var attempts = attemptIds("i.assessment_id = :scope", assessmentId);
            return new StatisticsView("assessment", assessment.title, attempts.size(),
                    compute(metas, attempts, viewer));
        });
    }

    @Transactional
    public Optional<StatisticsView> bank(String bankKey, String viewer) {
        return QuestionBank.findByKey(bankKey).map(bank -> {
            var metas = new LinkedHashMap<Long, Meta>();
            Question.listByBank(bank).forEach(q -> metas.put(q.id, meta(q.position, q)));
            var attempts = attemptIds("s.bank_id = :scope", bank.id);
            return new StatisticsView("bank", bank.title, attempts.size(), compute(metas, attempts, viewer));
        });
    }

    private static Meta meta(int position, Question question) {
        double max = question.currentVersion == null ? 0 : question.currentVersion.points;
        return new Meta(position, question.qid, question.title, max,
                RubricPaths.question(question.bank.key, question.qid));
    }

    /** The submitted attempts in scope, each with what decides who sees its first marking. */
    private Map<Long, Marking> attemptIds(String condition, long scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, s.second_marking, t.reviewed, t.reviewed_by"
                + " from attempt t join invitation i on i.id = t.invitation_id"
                + " join assessment s on s.id = i.assessment_id where t.status = 'SUBMITTED' and " + condition
                + " order by t.id").setParameter("scope", scope).getResultList();
        var attempts = new LinkedHashMap<Long, Marking>();
        rows.forEach(row -> attempts.put(SqlValues.id(row[0]), new Marking((Boolean) row[1], true, (Boolean) row[2],
                (String) row[3])));
        return attempts;
    }

    private List<QuestionStatistics> compute(Map<Long, Meta> metas, Map<Long, Marking> attempts, String viewer) {
        var samples = new HashMap<Long, List<Sample>>();
        metas.keySet().forEach(id -> samples.put(id, new ArrayList<>()));
        var ids = List.copyOf(attempts.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            var byAttempt = new HashMap<Long, List<AnswerScore>>();
            scores.answers(batch).forEach((id, answers) -> byAttempt.put(id,
                    FirstMarkingVisibility.asSeenBy(viewer, attempts.get(id), answers)));
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
