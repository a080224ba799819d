package org.assay.grading;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Totals of attempts from their current grades and overrides (the newest row of each is current), computed in the
 * database so lists never load answers.
 */
@ApplicationScoped
public class AttemptScores {

    /** An attempt's automatic total, over g (the current grade of each answer). */
    public static final String AUTO_TOTAL = "sum(g.score)";
    /** An attempt's final total: a reviewer's override where there is one, else the automatic score. */
    public static final String FINAL_TOTAL = "sum(coalesce(o.score, g.score))";
    /** An attempt's number of flags. */
    public static final String FLAG_TOTAL = "sum(g.flag_count)";

    /**
     * Answers joined to their current grade and current override, keeping those with a score: graded, or scored by
     * a reviewer when the engine could not grade them. Conditions added after it start with "and".
     */
    private static final String CURRENT_FROM = """
             from answer a
            join rubric_version rv on rv.id = a.rubric_version_id
            left join grade g on g.answer_id = a.id
                and not exists (select 1 from grade g2 where g2.answer_id = a.id and g2.id > g.id)
            left join score_override o on o.answer_id = a.id
                and not exists (select 1 from score_override o2 where o2.answer_id = a.id and o2.id > o.id)
            where (g.id is not null or o.id is not null)
            """;

    /**
     * Per attempt: attempt_id, auto_score, final_score, max_score, flags, overridden. Only scored answers count.
     * The placeholder takes a condition on the answer alias {@code a}, starting with "and" ("" for all answers).
     */
    public static final String PER_ATTEMPT = "select a.attempt_id as attempt_id, " + AUTO_TOTAL + " as auto_score, "
            + FINAL_TOTAL + " as final_score, sum(coalesce(g.max_score, rv.points)) as max_score, " + FLAG_TOTAL
            + " as flags, count(o.id) as overridden" + CURRENT_FROM + " %s group by a.attempt_id";

    /**
     * Per graded answer: attempt_id, question_id, automatic score, override score (null when none), max score. The
     * placeholder takes a condition on the answer alias {@code a}, starting with "and". The automatic score is null
     * for an answer only a reviewer scored.
     */
    public static final String PER_ANSWER = "select a.attempt_id, a.question_id, g.score, o.score,"
            + " coalesce(g.max_score, rv.points)" + CURRENT_FROM + " %s";

    /**
     * A scalar subquery totalling {@code aggregate} (over g, the current grade, and o, the current override) for the
     * attempt aliased {@code t} in the enclosing query; null when nothing is graded.
     */
    public static String ofAttempt(String aggregate) {
        return "(select " + aggregate + CURRENT_FROM + " and a.attempt_id = t.id)";
    }

    /** An attempt's totals; all zero when nothing is graded yet. */
    public record Totals(double automatic, double finalScore, double max, int flags, int overridden) {

        public static final Totals NONE = new Totals(0, 0, 0, 0, 0);

        public static Totals of(Object[] row, int from) {
            return new Totals(number(row[from]), number(row[from + 1]), number(row[from + 2]),
                    (int) number(row[from + 3]), (int) number(row[from + 4]));
        }

        private static double number(Object value) {
            return value == null ? 0 : ((Number) value).doubleValue();
        }
    }

    private final EntityManager em;

    public AttemptScores(EntityManager em) {
        this.em = em;
    }

    public Totals totals(long attemptId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PER_ATTEMPT.formatted("and a.attempt_id = :attempt"))
                .setParameter("attempt", attemptId).getResultList();
        return rows.isEmpty() ? Totals.NONE : Totals.of(rows.get(0), 1);
    }
}
