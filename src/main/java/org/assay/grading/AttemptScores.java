package org.assay.grading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Reads answers' current scores ({@link AnswerScore}) and totals them. The rule is written twice, once in Java and
 * once in SQL so lists sort and total in the database without loading answers; both count every answer of an attempt,
 * take the newest grade, override, second mark and adjudication of each, let the override win over the grade, and
 * then let an adjudication win, else take the mean of the first and second marks ({@link AnswerScore#score()}).
 */
@ApplicationScoped
public class AttemptScores {

    /** An attempt's automatic total, over g (the current grade of each answer). */
    public static final String AUTO_TOTAL = "sum(g.score)";
    /** An answer's first marking: a reviewer's override where there is one, else the automatic score. */
    public static final String FIRST_SCORE = "coalesce(o.score, g.score)";
    /**
     * An answer's score that counts: the adjudication's, else the mean of the first and the second mark (null when
     * either is missing), else the first marking's.
     */
    public static final String FINAL_SCORE = "coalesce(j.score, (" + FIRST_SCORE + " + sm.score) / 2, "
            + FIRST_SCORE + ")";
    /** An attempt's final total, summing {@link #FINAL_SCORE}. */
    public static final String FINAL_TOTAL = "sum(" + FINAL_SCORE + ")";
    /** An attempt's number of flags. */
    public static final String FLAG_TOTAL = "sum(g.flag_count)";
    /** An attempt's maximum: each answer's current grade's maximum, else its rubric version's points. */
    public static final String MAX = "coalesce(g.max_score, rv.points)";

    /**
     * Answers joined to their current grade (g), override (o), second mark (sm) and adjudication (j), if any.
     * Conditions added after it start with "and".
     */
    private static final String CURRENT_FROM = """
             from answer a
            join rubric_version rv on rv.id = a.rubric_version_id
            left join grade g on g.answer_id = a.id
                and not exists (select 1 from grade g2 where g2.answer_id = a.id and g2.id > g.id)
            left join score_override o on o.answer_id = a.id
                and not exists (select 1 from score_override o2 where o2.answer_id = a.id and o2.id > o.id)
            left join second_mark sm on sm.answer_id = a.id
                and not exists (select 1 from second_mark sm2 where sm2.answer_id = a.id and sm2.id > sm.id)
            left join adjudication j on j.answer_id = a.id
                and not exists (select 1 from adjudication j2 where j2.answer_id = a.id and j2.id > j.id)
            where 1 = 1
            """;

    /**
     * Per attempt: attempt_id, auto_score, final_score, max_score, flags, overridden, scored; the scores are null
     * while no answer is scored. The placeholder takes a condition on the answer alias {@code a}, starting with "and"
     * ("" for all answers).
     */
    public static final String PER_ATTEMPT = "select a.attempt_id as attempt_id, " + AUTO_TOTAL + " as auto_score, "
            + FINAL_TOTAL + " as final_score, sum(" + MAX + ") as max_score, " + FLAG_TOTAL
            + " as flags, count(o.id) as overridden, count(coalesce(o.id, g.id)) as scored" + CURRENT_FROM
            + " %s group by a.attempt_id";

    /** Every column {@link AnswerScore} is built from, in its order. */
    private static final String PER_ANSWER = "select a.id, a.attempt_id, a.question_id, a.position, g.id, g.score, "
            + MAX + ", g.flag_count, g.channels, o.id, o.score, o.reviewer, o.reason, o.created_at, o.grade_id,"
            + " o.adjustment, sm.id, sm.score, sm.reviewer, sm.note, sm.created_at, j.id, j.score, j.adjudicator,"
            + " j.reason, j.created_at" + CURRENT_FROM;

    /**
     * An exists condition on the answers of the attempt aliased {@code t} in the enclosing query, with their current
     * grade g, override o, second mark sm and adjudication j; {@code condition} starts with "and".
     */
    public static String anyAnswerOfAttempt(String condition) {
        return "exists (select 1" + CURRENT_FROM + " and a.attempt_id = t.id " + condition + ")";
    }

    /**
     * A scalar subquery totalling {@code aggregate} (over g, the current grade, and o, the current override) for the
     * attempt aliased {@code t} in the enclosing query; null when nothing is scored.
     */
    public static String ofAttempt(String aggregate) {
        return "(select " + aggregate + CURRENT_FROM + " and a.attempt_id = t.id)";
    }

    /**
     * An attempt's totals, all zero when nothing is scored yet.
     *
     * @param automatic the engine's scores summed
     * @param finalScore the scores that count ({@link AnswerScore#score()}) summed
     * @param max every answer's maximum summed, scored or not
     * @param scored how many answers have a score; with none, the scores are not shown
     */
    public record Totals(double automatic, double finalScore, double max, int flags, int overridden, int scored) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0);

        public static Totals of(Collection<AnswerScore> answers) {
            return new Totals(answers.stream().filter(AnswerScore::graded).mapToDouble(AnswerScore::automatic).sum(),
                    answers.stream().filter(AnswerScore::scored).mapToDouble(AnswerScore::score).sum(),
                    answers.stream().mapToDouble(AnswerScore::max).sum(),
                    answers.stream().mapToInt(AnswerScore::flags).sum(),
                    (int) answers.stream().filter(AnswerScore::overridden).count(),
                    (int) answers.stream().filter(AnswerScore::scored).count());
        }

        /** Totals from a {@link #PER_ATTEMPT} row read from column {@code from} (auto_score) on. */
        public static Totals of(Object[] row, int from) {
            return new Totals(number(row[from]), number(row[from + 1]), number(row[from + 2]),
                    (int) number(row[from + 3]), (int) number(row[from + 4]), (int) number(row[from + 5]));
        }

        public boolean anyScored() {
            return scored > 0;
        }

        private static double number(Object value) {
            return value == null ? 0 : ((Number) value).doubleValue();
        }
    }

    /** Overrides whose marks one query reads. */
    private static final int MARK_SLICE = 1000;

    private final EntityManager em;

    public AttemptScores(EntityManager em) {
        this.em = em;
    }

    /** An attempt's totals, computed in the database. */
    public Totals totals(long attemptId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PER_ATTEMPT.formatted("and a.attempt_id = :attempt"))
                .setParameter("attempt", attemptId).getResultList();
        return rows.isEmpty() ? Totals.NONE : Totals.of(rows.get(0), 1);
    }

    /** The current score of every answer of an attempt, in question order. */
    public List<AnswerScore> answers(long attemptId) {
        return answers(List.of(attemptId)).getOrDefault(attemptId, List.of());
    }

    /** The current score of every answer of the attempts, by attempt id, each in question order. */
    public Map<Long, List<AnswerScore>> answers(Collection<Long> attemptIds) {
        var byAttempt = new HashMap<Long, List<AnswerScore>>();
        if (attemptIds.isEmpty()) {
            return byAttempt;
        }
        read("and a.attempt_id in (:ids) order by a.attempt_id, a.position", attemptIds)
                .forEach(s -> byAttempt.computeIfAbsent(s.attemptId(), k -> new ArrayList<>()).add(s));
        return byAttempt;
    }

    /** One answer's current score. */
    public AnswerScore answer(long answerId) {
        return read("and a.id in (:ids)", List.of(answerId)).get(0);
    }

    /** The stored flag codes of the grades, by grade id, each in the report's order. */
    public Map<Long, List<String>> flagCodes(Collection<Long> gradeIds) {
        var byGrade = new HashMap<Long, List<String>>();
        if (gradeIds.isEmpty()) {
            return byGrade;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select grade_id, code from grade_flag where grade_id in (:ids)"
                + " order by grade_id, flag_index").setParameter("ids", gradeIds).getResultList();
        rows.forEach(row -> byGrade.computeIfAbsent(SqlValues.id(row[0]), k -> new ArrayList<>())
                .add((String) row[1]));
        return byGrade;
    }

    private List<AnswerScore> read(String condition, Collection<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PER_ANSWER + condition).setParameter("ids", ids).getResultList();
        var found = rows.stream().map(AttemptScores::fromRow).toList();
        var marks = marks(found.stream().filter(AnswerScore::overridden).map(s -> s.override().id()).toList());
        if (marks.isEmpty()) {
            return found;
        }
        return found.stream().map(s -> s.overridden() && marks.containsKey(s.override().id())
                ? s.withMarks(marks.get(s.override().id())) : s).toList();
    }

    /** The marks of the overrides, by override id, in stored order; read in slices to keep IN lists small. */
    private Map<Long, List<AnswerScore.Mark>> marks(List<Long> overrideIds) {
        var byOverride = new HashMap<Long, List<AnswerScore.Mark>>();
        for (int from = 0; from < overrideIds.size(); from += MARK_SLICE) {
            var slice = overrideIds.subList(from, Math.min(overrideIds.size(), from + MARK_SLICE));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select override_id, kind, item_id, points, changed"
                    + " from score_override_mark where override_id in (:ids) order by override_id, mark_index")
                    .setParameter("ids", slice).getResultList();
            rows.forEach(row -> byOverride.computeIfAbsent(SqlValues.id(row[0]), k -> new ArrayList<>())
                    .add(new AnswerScore.Mark(OverrideMark.MISCONCEPTION.equals(row[1]), (String) row[2],
                            SqlValues.number(row[3]), (Boolean) row[4])));
        }
        return byOverride;
    }

    private static AnswerScore fromRow(Object[] row) {
        var override = row[9] == null ? null : new AnswerScore.ReviewerScore(SqlValues.id(row[9]),
                SqlValues.number(row[10]), (String) row[11], (String) row[12], SqlValues.instant(row[13]),
                row[14] == null ? null : SqlValues.id(row[14]), SqlValues.number(row[15]), List.of());
        return new AnswerScore(SqlValues.id(row[0]), SqlValues.id(row[1]), SqlValues.id(row[2]),
                ((Number) row[3]).intValue(), row[4] == null ? null : SqlValues.id(row[4]), SqlValues.number(row[5]),
                SqlValues.number(row[6]), row[7] == null ? 0 : ((Number) row[7]).intValue(),
                Grade.channelList((String) row[8]), override, marking(row, 16), marking(row, 21));
    }

    private static AnswerScore.Marking marking(Object[] row, int from) {
        return row[from] == null ? null : new AnswerScore.Marking(SqlValues.id(row[from]),
                SqlValues.number(row[from + 1]), (String) row[from + 2],
                row[from + 3] == null ? "" : (String) row[from + 3], SqlValues.instant(row[from + 4]));
    }
}
