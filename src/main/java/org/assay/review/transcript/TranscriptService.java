package org.assay.review.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assay.assessment.Assessment;
import org.assay.assessment.Invitation;
import org.assay.assessment.SecondMarkingSettings;
import org.assay.audit.AuditEvent;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.grading.AnswerScore;
import org.assay.grading.AttemptScores;
import org.assay.grading.AttemptScores.Totals;
import org.assay.grading.Grade;
import org.assay.grading.GradingState;
import org.assay.grading.ScoreBreakdown;
import org.assay.review.ReviewAudit;
import org.assay.review.second.SecondMarkingStatus;
import org.assay.rubric.AuthoringEngine;
import org.assay.rubric.ExampleExplanation;
import org.assay.rubric.RubricCache;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.web.AssayConfig;

/** Reads one attempt with its answers, current grades, overrides and history, for the transcript and its JSON. */
@ApplicationScoped
public class TranscriptService {

    /** One answer with what the engine and reviewers said about it; {@code grade} is for the report only. */
    record Item(Answer answer, AnswerScore score, Optional<Grade> grade, Optional<GradeReport> report,
            Optional<Rubric> rubric, boolean kept, GradingState grading, Set<String> looseExpressions) {

        /** Which scored examples moved the engine's score, if any did. */
        Optional<ExampleExplanation> examples() {
            return report.flatMap(r -> ExampleExplanation.of(r, rubric.orElse(null), answer.question.bank.key,
                    answer.question.qid));
        }

        /** The question's title as the candidate saw it: the pinned rubric's, not a later edit's. */
        String title() {
            return rubric.map(Rubric::title).filter(t -> !t.isBlank()).orElse(answer.question.title);
        }

        /** How the answer's score adds up. */
        ScoreBreakdown breakdown() {
            return ScoreBreakdown.of(score, report.orElse(null), rubric.orElse(null));
        }
    }

    /**
     * An attempt as loaded, read within the transaction that loaded it. While the viewer marks blind, the items carry
     * the engine's scores only and the events leave out every score change and decision.
     */
    record Loaded(Attempt attempt, Invitation invitation, Assessment assessment, List<Item> items,
            List<AuditEvent> events, SecondMarkingStatus second) {

        Totals totals() {
            return Totals.of(items.stream().map(Item::score).toList());
        }
    }

    /** History a blind second reviewer does not see: the first marking's scores and decision. */
    private static final Set<String> BLIND_HIDDEN = Set.of(ReviewAudit.SCORE_OVERRIDDEN, ReviewAudit.DECISION_SAVED);

    private final ReportReader reports;
    private final RubricCache rubrics;
    private final AuthoringEngine engine;
    private final AttemptScores scores;
    private final AssayConfig config;

    public TranscriptService(ReportReader reports, RubricCache rubrics, AuthoringEngine engine, AttemptScores scores,
            AssayConfig config) {
        this.reports = reports;
        this.engine = engine;
        this.scores = scores;
        this.rubrics = rubrics;
        this.config = config;
    }

    /** The transcript page as {@code viewer} may see it (blind while they are to give the second marks). */
    @Transactional
    public Optional<TranscriptView> view(long attemptId, String viewer) {
        return load(attemptId, viewer).map(loaded -> TranscriptViews.of(loaded, config.review().summaryChars(),
                SimilarViews.of(loaded)));
    }

    /**
     * Every submitted attempt's transcript of an assessment, for one printable document, up to
     * assay.review.print-attempts of them in submission order.
     */
    @Transactional
    public Optional<PrintAllView> assessmentTranscripts(long assessmentId, String viewer) {
        return Assessment.<Assessment>findByIdOptional(assessmentId).map(assessment -> {
            var limit = config.review().printAttempts();
            var where = " from attempt t join invitation i on i.id = t.invitation_id"
                    + " where i.assessment_id = :assessment and t.status = 'SUBMITTED'";
            var em = Attempt.getEntityManager();
            long submitted = ((Number) em.createNativeQuery("select count(*)" + where)
                    .setParameter("assessment", assessmentId).getSingleResult()).longValue();
            List<?> ids = em.createNativeQuery("select t.id" + where + " order by t.submitted_at, t.id")
                    .setParameter("assessment", assessmentId).setMaxResults(limit).getResultList();
            var views = ids.stream().map(id -> view(((Number) id).longValue(), viewer).orElseThrow()).toList();
            return new PrintAllView(assessment.id, assessment.title, views, submitted);
        });
    }

    @Transactional
    public Optional<TranscriptJson> json(long attemptId, String viewer) {
        return load(attemptId, viewer).map(TranscriptJson::of);
    }

    private Optional<Loaded> load(long attemptId, String viewer) {
        return Attempt.<Attempt>findByIdOptional(attemptId).map(attempt -> {
            var answers = Answer.listByAttempt(attempt);
            var kept = keptAsExamples(answers);
            var invitation = attempt.invitation;
            var all = scores.answers(attempt.id);
            var second = SecondMarkingStatus.of(SecondMarkingSettings.of(invitation.assessment), attempt, all,
                    viewer);
            var current = new HashMap<Long, AnswerScore>();
            all.forEach(score -> current.put(score.answerId(), second.blind() ? score.engineOnly() : score));
            var items = answers.stream().map(answer -> item(answer, current.get(answer.id), kept.contains(answer.id)))
                    .toList();
            var events = history(attempt, items).stream()
                    .filter(e -> !second.blind() || !BLIND_HIDDEN.contains(e.action)).toList();
            return new Loaded(attempt, invitation, invitation.assessment, items, events, second);
        });
    }

    private Item item(Answer answer, AnswerScore score, boolean kept) {
        Optional<Grade> grade = score.graded() ? Grade.findByIdOptional(score.gradeId()) : Optional.empty();
        var rubric = rubrics.rubric(answer.rubricVersion);
        return new Item(answer, score, grade, grade.flatMap(reports::read), rubric, kept, GradingState.of(score),
                rubric.map(engine::looseInIfLoaded).orElse(Set.of()));
    }

    /** Ids of the answers an admin has already kept as graded examples, in one query. */
    private static Set<Long> keptAsExamples(List<Answer> answers) {
        if (answers.isEmpty()) {
            return Set.of();
        }
        List<?> ids = Answer.getEntityManager()
                .createNativeQuery("select answer_id from rubric_example where answer_id in (:ids)")
                .setParameter("ids", answers.stream().map(a -> a.id).toList())
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
    }

    private static List<AuditEvent> history(Attempt attempt, List<Item> items) {
        var events = new ArrayList<>(AuditEvent.listByEntity(ReviewAudit.ATTEMPT, attempt.id));
        var answerIds = items.stream().map(item -> item.answer().id).toList();
        if (!answerIds.isEmpty()) {
            events.addAll(AuditEvent.list("entityType = ?1 and entityId in ?2", ReviewAudit.ANSWER, answerIds));
        }
        events.sort((a, b) -> Long.compare(a.id, b.id));
        return events;
    }
}
