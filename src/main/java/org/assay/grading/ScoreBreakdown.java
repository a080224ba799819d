package org.assay.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.GradeReport;

/**
 * Why an answer's score is what it is: each criterion's points, each misconception's penalty and one adjustment,
 * which always add up to the first marking's score ({@link AnswerScore#firstScore()}, the score that counts unless
 * the answer was second-marked): the criteria minus the misconceptions, kept within 0 and the
 * maximum, plus the adjustment. Without a reviewer the criteria and misconceptions are the engine's and the
 * adjustment is what the engine added itself (graded examples, caps); with one they are the reviewer's marks and
 * the adjustment is the reviewer's. Every page, export and statistic explains a score with this type.
 *
 * @param base the criteria minus the misconceptions, kept within 0 and the maximum
 * @param adjustment the score minus the base; 0 while the answer has no score
 * @param byReviewer the criteria, misconceptions and adjustment are a reviewer's
 * @param score the answer's score; null while it has none
 */
public record ScoreBreakdown(List<CriterionLine> criteria, List<MisconceptionLine> misconceptions,
        double criteriaPoints, double penalties, double base, double adjustment, boolean byReviewer, Double score,
        double max) {

    /**
     * @param enginePoints what the engine awarded
     * @param changed a reviewer set the points differently from the engine
     */
    public record CriterionLine(String id, String label, double points, double max, CriterionStatus status,
            double enginePoints, boolean changed) {

        public boolean met() {
            return status == CriterionStatus.MET;
        }
    }

    /**
     * @param penalty what the misconception deducts when it applies
     * @param found the engine found it in the answer
     * @param changed a reviewer decided differently from the engine
     */
    public record MisconceptionLine(String id, String label, double penalty, boolean applies, boolean found,
            boolean changed) {

        /** What it deducts from this answer. */
        public double deducted() {
            return applies ? penalty : 0;
        }
    }

    /** New marks for an override and the score they add up to. */
    public record Revision(List<AnswerScore.Mark> marks, double base, double adjustment, double score) {
    }

    /**
     * The breakdown of an answer's current score.
     *
     * @param report the current grade's report; null when not graded or unreadable
     * @param rubric the rubric the answer was given under; null when it cannot be read
     */
    public static ScoreBreakdown of(AnswerScore score, GradeReport report, Rubric rubric) {
        var engine = engineLines(report, rubric);
        var misconceptions = engineMisconceptions(report, rubric);
        var override = score.override();
        if (override != null && !override.marks().isEmpty()) {
            var criterionMarks = new HashMap<String, AnswerScore.Mark>();
            var misconceptionMarks = new HashMap<String, AnswerScore.Mark>();
            override.marks().forEach(m -> (m.misconception() ? misconceptionMarks : criterionMarks).put(m.itemId(), m));
            engine = engine.stream().map(line -> {
                var mark = criterionMarks.remove(line.id());
                return mark == null ? line : new CriterionLine(line.id(), line.label(), mark.points(), line.max(),
                        mark.changed() ? status(mark.points(), line.max()) : line.status(), line.enginePoints(),
                        mark.changed());
            }).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
            // A mark for a criterion the current rubric no longer has still counts: the score was built from it
            for (var left : criterionMarks.values()) {
                engine.add(new CriterionLine(left.itemId(), left.itemId(), left.points(), left.points(),
                        CriterionStatus.MET, 0, left.changed()));
            }
            misconceptions = misconceptions.stream().map(line -> {
                var mark = misconceptionMarks.get(line.id());
                return mark == null ? line : new MisconceptionLine(line.id(), line.label(),
                        mark.points() > 0 ? mark.points() : line.penalty(), mark.points() > 0, line.found(),
                        mark.changed());
            }).toList();
        }
        return assemble(engine, misconceptions, score.firstScore(), score.max(), score.overridden());
    }

    /**
     * This breakdown with a reviewer's changes: criteria's points by id, whether misconceptions apply by id, and a
     * free adjustment. Criteria and misconceptions not named keep their current marks. The score is kept within 0
     * and the maximum, and the adjustment is what remains after that.
     */
    public Revision revise(Map<String, Double> points, Map<String, Boolean> applies, double freeAdjustment) {
        var marks = new ArrayList<AnswerScore.Mark>();
        double earned = 0;
        for (var line : criteria) {
            double p = points.getOrDefault(line.id(), line.points());
            marks.add(new AnswerScore.Mark(false, line.id(), p, p != line.enginePoints()));
            earned += p;
        }
        double deducted = 0;
        for (var line : misconceptions) {
            boolean on = applies.getOrDefault(line.id(), line.applies());
            marks.add(new AnswerScore.Mark(true, line.id(), on ? line.penalty() : 0, on != line.found()));
            deducted += on ? line.penalty() : 0;
        }
        double newBase = clamp(earned - deducted, max);
        double newScore = clamp(newBase + freeAdjustment, max);
        return new Revision(marks, newBase, round(newScore - newBase), newScore);
    }

    /** Ids of the criteria and of the misconceptions, for checking what a reviewer names. */
    public boolean hasCriterion(String id) {
        return criteria.stream().anyMatch(c -> c.id().equals(id));
    }

    public boolean hasMisconception(String id) {
        return misconceptions.stream().anyMatch(m -> m.id().equals(id));
    }

    public CriterionLine criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** Whether the engine or a reviewer adjusted the score beyond the criteria. */
    public boolean adjusted() {
        return Math.abs(adjustment) >= 0.005;
    }

    private static ScoreBreakdown assemble(List<CriterionLine> criteria, List<MisconceptionLine> misconceptions,
            Double score, double max, boolean byReviewer) {
        double earned = round(criteria.stream().mapToDouble(CriterionLine::points).sum());
        double deducted = round(misconceptions.stream().mapToDouble(MisconceptionLine::deducted).sum());
        double base = clamp(earned - deducted, max);
        double adjustment = score == null ? 0 : round(score - base);
        return new ScoreBreakdown(List.copyOf(criteria), List.copyOf(misconceptions), earned, deducted, base,
                adjustment, byReviewer, score, max);
    }

    private static List<CriterionLine> engineLines(GradeReport report, Rubric rubric) {
        if (report != null && !report.criteria().isEmpty()) {
            return report.criteria().stream().map(ScoreBreakdown::line).toList();
        }
        if (rubric == null) {
            return List.of();
        }
        return rubric.criteria().stream().map(c -> new CriterionLine(c.id(), c.label(), 0, c.points(),
                CriterionStatus.MISSING, 0, false)).toList();
    }

    private static CriterionLine line(CriterionResult c) {
        return new CriterionLine(c.id(), c.label(), c.points(), c.max(), c.status(), c.points(), false);
    }

    /** The misconceptions the engine found, then the rubric's others, which do not apply until a reviewer says so. */
    private static List<MisconceptionLine> engineMisconceptions(GradeReport report, Rubric rubric) {
        var lines = new ArrayList<MisconceptionLine>();
        var seen = new HashSet<String>();
        if (report != null) {
            report.misconceptions().forEach(m -> {
                if (seen.add(m.id())) {
                    lines.add(new MisconceptionLine(m.id(), m.label(), m.penalty(), true, true, false));
                }
            });
        }
        if (rubric != null) {
            rubric.misconceptions().stream().filter(m -> seen.add(m.id())).forEach(m -> lines.add(
                    new MisconceptionLine(m.id(), m.label(), m.penalty(), false, false, false)));
        }
        return lines;
    }

    private static CriterionStatus status(double points, double max) {
        return points >= max ? CriterionStatus.MET : points <= 0 ? CriterionStatus.MISSING : CriterionStatus.PARTIAL;
    }

    private static double clamp(double value, double max) {
        return round(Math.max(0, Math.min(max, value)));
    }

    /** Scores are shown to two decimals; rounding here keeps sums of halves and quarters free of float noise. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
