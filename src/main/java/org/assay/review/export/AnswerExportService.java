package org.assay.review.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.assay.assessment.Assessment;
import org.assay.assessment.SecondMarkingSettings;
import org.assay.grading.AnswerScore;
import org.assay.grading.AttemptScores;
import org.assay.grading.ScoreBreakdown;
import org.assay.grading.SqlValues;
import org.assay.review.Breakdowns;
import org.assay.review.Display;
import org.assay.review.FlagTexts;
import org.assay.review.second.FirstMarkingVisibility;
import org.assay.web.Numbers;

/**
 * A row per answer of an assessment, with how each score adds up ({@link ScoreBreakdown}): criteria minus
 * misconceptions, kept within 0 and the maximum, plus the adjustment, is the first marking's score, which is the
 * final score unless the answer was second-marked; then {@code first_mark}, {@code second_mark} and
 * {@code adjudicated} give the marks the final score follows.
 */
@ApplicationScoped
public class AnswerExportService {

    /** Attempts read per query. */
    private static final int BATCH = 500;

    static final List<String> HEADING = List.of("attempt", "candidate", "status", "submitted_at", "question", "qid",
            "automatic", "final", "max", "overridden", "criteria_points", "penalties", "adjustment", "adjustment_by",
            "criteria", "misconceptions", "flags", "changed_by", "reason", "first_mark", "second_mark", "second_marker",
            "adjudicated", "adjudicator");

    private final EntityManager em;
    private final AttemptScores scores;
    private final Breakdowns breakdowns;

    public AnswerExportService(EntityManager em, AttemptScores scores, Breakdowns breakdowns) {
        this.em = em;
        this.scores = scores;
        this.breakdowns = breakdowns;
    }

    /**
     * The CSV as {@code viewer} may see it: an attempt waiting for a second mark shows the engine's scores alone
     * unless the viewer marked it first.
     */
    @Transactional
    public Optional<String> csv(long assessmentId, String viewer) {
        return Assessment.<Assessment>findByIdOptional(assessmentId).map(assessment -> {
            var qids = new HashMap<Long, String>();
            assessment.questions.forEach(q -> qids.put(q.question.id, q.question.qid));
            var out = new StringBuilder(Csv.row(HEADING));
            long after = 0;
            List<Object[]> batch;
            do {
                batch = attempts(assessmentId, after);
                write(out, assessment.blindReview, SecondMarkingSettings.of(assessment).on(), batch, qids, viewer);
                after = batch.isEmpty() ? after : SqlValues.id(batch.get(batch.size() - 1)[0]);
            } while (batch.size() == BATCH);
            return out.toString();
        });
    }

    private void write(StringBuilder out, boolean blind, boolean secondMarking, List<Object[]> attempts,
            Map<Long, String> qids, String viewer) {
        if (attempts.isEmpty()) {
            return;
        }
        var rows = new HashMap<Long, Object[]>();
        attempts.forEach(row -> rows.put(SqlValues.id(row[0]), row));
        var byAttempt = new HashMap<Long, List<AnswerScore>>();
        scores.answers(List.copyOf(rows.keySet())).forEach((id, answers) -> {
            var row = rows.get(id);
            var marking = new FirstMarkingVisibility.Marking(secondMarking, "SUBMITTED".equals(row[2]),
                    (Boolean) row[4], (String) row[5]);
            byAttempt.put(id, FirstMarkingVisibility.asSeenBy(viewer, marking, answers));
        });
        var all = byAttempt.values().stream().flatMap(List::stream).toList();
        var explained = breakdowns.of(all);
        var flags = scores.flagCodes(all.stream().filter(AnswerScore::graded).map(AnswerScore::gradeId).toList());
        for (var row : attempts) {
            long id = SqlValues.id(row[0]);
            boolean reviewed = (Boolean) row[4];
            var candidate = Display.candidate(blind, reviewed, id, (String) row[1]);
            for (var score : byAttempt.getOrDefault(id, List.of())) {
                var b = explained.get(score.answerId());
                var o = score.override();
                var cells = new ArrayList<>(List.of(Long.toString(id), candidate, Display.status((String) row[2]),
                        Display.isoTime(SqlValues.instant(row[3])), Integer.toString(score.position()),
                        qids.getOrDefault(score.questionId(), ""), Numbers.points(score.automatic()),
                        Numbers.points(score.score()), Numbers.points(score.max()),
                        Boolean.toString(score.overridden())));
                if (score.scored()) {
                    cells.addAll(List.of(Numbers.points(b.criteriaPoints()), Numbers.points(b.penalties()),
                            Numbers.points(b.adjustment()), b.byReviewer() ? "reviewer" : "engine"));
                } else {
                    cells.addAll(List.of("", "", "", ""));
                }
                cells.add(criteria(b));
                cells.add(misconceptions(b));
                cells.add(flags(score.graded() ? flags.getOrDefault(score.gradeId(), List.of()) : List.of()));
                cells.add(o == null ? "" : o.reviewer());
                cells.add(o == null ? "" : o.reason());
                var second = score.second();
                var adjudication = score.adjudication();
                cells.addAll(List.of(second == null ? "" : Numbers.points(score.firstScore()),
                        second == null ? "" : Numbers.points(second.score()), second == null ? "" : second.by(),
                        adjudication == null ? "" : Numbers.points(adjudication.score()),
                        adjudication == null ? "" : adjudication.by()));
                out.append(Csv.row(cells));
            }
        }
    }

    private static String criteria(ScoreBreakdown b) {
        return String.join("; ", b.criteria().stream().map(c -> c.id() + " " + Numbers.points(c.points()) + "/"
                + Numbers.points(c.max()) + " " + c.status().name().toLowerCase(Locale.ROOT)).toList());
    }

    private static String misconceptions(ScoreBreakdown b) {
        return String.join("; ", b.misconceptions().stream().filter(ScoreBreakdown.MisconceptionLine::applies)
                .map(m -> m.id() + " -" + Numbers.points(m.penalty())).toList());
    }

    /** Each flag's code with its plain-language title beside it. */
    private static String flags(List<String> codes) {
        return String.join("; ", codes.stream().map(code -> code + ": " + FlagTexts.titleOf(code)).toList());
    }

    private List<Object[]> attempts(long assessmentId, long after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, i.candidate_name, t.status, t.submitted_at,"
                + " t.reviewed, t.reviewed_by from attempt t join invitation i on i.id = t.invitation_id"
                + " where i.assessment_id = :assessment and t.id > :after order by t.id")
                .setParameter("assessment", assessmentId).setParameter("after", after).setMaxResults(BATCH)
                .getResultList();
        return rows;
    }
}
