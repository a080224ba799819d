package org.assay.review.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assay.assessment.Assessment;
import org.assay.assessment.Invitation;
import org.assay.audit.AuditEvent;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.grading.Grade;
import org.assay.grading.GradingState;
import org.assay.grading.ScoreOverride;
import org.assay.review.ReviewAudit;
import org.assay.rubric.RubricCache;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.web.AssayConfig;

/** Reads one attempt with its answers, current grades, overrides and history, for the transcript and its JSON. */
@ApplicationScoped
public class TranscriptService {

    /** One answer with what the engine and reviewers said about it. */
    record Item(Answer answer, Optional<Grade> grade, Optional<ScoreOverride> override, Optional<GradeReport> report,
            Optional<Rubric> rubric, boolean kept, GradingState grading) {

        Optional<Double> finalScore() {
            return override.map(o -> o.score).or(() -> grade.map(g -> g.score));
        }

        double max() {
            return grade.map(g -> g.maxScore).orElse(answer.rubricVersion.points);
        }
    }

    /** An attempt as loaded, read within the transaction that loaded it. */
    record Loaded(Attempt attempt, Invitation invitation, Assessment assessment, List<Item> items,
            List<AuditEvent> events) {

        double automaticTotal() {
            return items.stream().mapToDouble(i -> i.grade().map(g -> g.score).orElse(0.0)).sum();
        }

        double finalTotal() {
            return items.stream().mapToDouble(i -> i.finalScore().orElse(0.0)).sum();
        }

        double maxTotal() {
            return items.stream().mapToDouble(Item::max).sum();
        }
    }

    private final ReportReader reports;
    private final RubricCache rubrics;
    private final AssayConfig config;

    public TranscriptService(ReportReader reports, RubricCache rubrics, AssayConfig config) {
        this.reports = reports;
        this.rubrics = rubrics;
        this.config = config;
    }

    @Transactional
    public Optional<TranscriptView> view(long attemptId) {
        return load(attemptId).map(loaded -> TranscriptViews.of(loaded, config.review().summaryChars(),
                SimilarViews.of(loaded)));
    }

    @Transactional
    public Optional<TranscriptJson> json(long attemptId) {
        return load(attemptId).map(TranscriptJson::of);
    }

    private Optional<Loaded> load(long attemptId) {
        return Attempt.<Attempt>findByIdOptional(attemptId).map(attempt -> {
            var answers = Answer.listByAttempt(attempt);
            var kept = keptAsExamples(answers);
            var items = answers.stream().map(answer -> item(answer, kept.contains(answer.id))).toList();
            var invitation = attempt.invitation;
            return new Loaded(attempt, invitation, invitation.assessment, items, history(attempt, items));
        });
    }

    private Item item(Answer answer, boolean kept) {
        var grade = Grade.findCurrent(answer);
        return new Item(answer, grade, ScoreOverride.findCurrent(answer), grade.flatMap(reports::read),
                rubrics.rubric(answer.rubricVersion), kept, GradingState.of(answer.id, grade));
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
