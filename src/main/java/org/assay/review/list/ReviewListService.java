package org.assay.review.list;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.assay.engine.score.FlagCode;
import org.assay.grading.AttemptScores;
import org.assay.grading.SqlValues;
import org.assay.review.Display;
import org.assay.review.FlagTexts;
import org.assay.review.Recommendation;
import org.assay.review.list.AttemptPage.Choice;
import org.assay.review.list.AttemptPage.Column;
import org.assay.web.AssayConfig;
import org.assay.web.Numbers;

/**
 * The review list, filtered, sorted and paged in the database: one query counts, one picks the page's attempt ids in
 * order, one reads those attempts with their totals. Sorting by a score column totals each matching attempt in a
 * subquery; other sorts total only the attempts of the page.
 */
@ApplicationScoped
public class ReviewListService {

    private static final String FROM = " from attempt t join invitation i on i.id = t.invitation_id"
            + " join assessment s on s.id = i.assessment_id";
    /** An answer of attempt t whose current grade has a stored flag; the placeholder narrows the flag f. */
    private static final String CURRENT_FLAGGED = "exists (select 1 from answer fa join grade fg"
            + " on fg.answer_id = fa.id join grade_flag f on f.grade_id = fg.id where fa.attempt_id = t.id%s"
            + " and not exists (select 1 from grade fg2 where fg2.answer_id = fa.id and fg2.id > fg.id))";

    /** Most attempts of one list a transcript walks; beyond it, next and previous stop. */
    private static final int NEIGHBOUR_LIMIT = 20_000;

    private final EntityManager em;
    private final AssayConfig config;

    public ReviewListService(EntityManager em, AssayConfig config) {
        this.em = em;
        this.config = config;
    }

    /** The list as someone who marked none of its attempts first sees it. */
    @Transactional
    public AttemptPage page(AttemptFilter asked) {
        return page(asked, "");
    }

    /**
     * The list as {@code viewer} sees it: an attempt waiting for its second marking shows no final score unless the
     * viewer marked it first.
     */
    @Transactional
    public AttemptPage page(AttemptFilter asked, String viewer) {
        var params = new LinkedHashMap<String, Object>();
        var where = where(asked, params);
        long total = ((Number) bind(em.createNativeQuery("select count(*)" + FROM + where), params)
                .getSingleResult()).longValue();
        int size = config.review().pageSize();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        var filter = asked.onPage(Math.min(asked.page(), pages));
        var ids = pageIds(filter, where, viewing(filter, params, viewer), size);
        return new AttemptPage(rows(ids, viewer), filter, total, pages, assessments(filter), statuses(filter),
                flags(filter), columns(filter));
    }

    /**
     * Where an attempt sits in the filtered, sorted list: the attempts before and after it and the next one still to
     * review (after it, else from the top). An attempt the filter no longer matches (one just marked reviewed in a
     * list of those to review) has no previous; its next is the list's first.
     */
    @Transactional
    public Neighbours neighbours(AttemptFilter filter, long attemptId, String viewer) {
        var params = new LinkedHashMap<String, Object>();
        var where = where(filter, params);
        viewing(filter, params, viewer);
        var direction = filter.descending() ? " desc" : " asc";
        var sql = "select t.id, t.reviewed, t.status" + FROM + where + " order by " + filter.sort().sql() + direction
                + " nulls last, t.id" + direction;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), params).setMaxResults(NEIGHBOUR_LIMIT).getResultList();
        int at = -1;
        for (int i = 0; i < rows.size() && at < 0; i++) {
            at = SqlValues.id(rows.get(i)[0]) == attemptId ? i : -1;
        }
        Long previous = at > 0 ? SqlValues.id(rows.get(at - 1)[0]) : null;
        Long next = at + 1 < rows.size() ? SqlValues.id(rows.get(at + 1)[0]) : null;
        Long unreviewed = null;
        for (int step = 1; step <= rows.size() && unreviewed == null; step++) {
            var row = rows.get(Math.floorMod(at + step, rows.size()));
            long id = SqlValues.id(row[0]);
            if (id != attemptId && !(Boolean) row[1] && "SUBMITTED".equals(row[2])) {
                unreviewed = id;
            }
        }
        return new Neighbours(previous, next, unreviewed, at + 1, rows.size(), filter.queryString(), filter.link());
    }

    /** The parameters with the viewer added when the sort depends on who looks. */
    private static Map<String, Object> viewing(AttemptFilter filter, Map<String, Object> params, String viewer) {
        if (filter.sort().namesViewer()) {
            params.put("viewer", viewer);
        }
        return params;
    }

    private static String where(AttemptFilter filter, Map<String, Object> params) {
        var where = new StringBuilder(" where 1 = 1");
        if (filter.assessment() != null) {
            where.append(" and i.assessment_id = :assessment");
            params.put("assessment", filter.assessment());
        }
        where.append(filter.status().sql());
        switch (filter.flag()) {
            case "" -> { }
            case AttemptFilter.ANY_FLAG -> where.append(" and ").append(CURRENT_FLAGGED.formatted(""));
            case AttemptFilter.NO_FLAG -> where.append(" and not ").append(CURRENT_FLAGGED.formatted(""));
            default -> {
                where.append(" and ").append(CURRENT_FLAGGED.formatted(" and f.code = :flag"));
                params.put("flag", filter.flag());
            }
        }
        if (!filter.query().isEmpty()) {
            where.append(" and lower(").append(Display.CANDIDATE_SQL).append(") like :query escape '\\'");
            params.put("query", "%" + likeEscape(filter.query().toLowerCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    private List<Long> pageIds(AttemptFilter filter, String where, Map<String, Object> params, int size) {
        var direction = filter.descending() ? " desc" : " asc";
        var sql = "select t.id" + FROM + where + " order by " + filter.sort().sql() + direction
                + " nulls last, t.id" + direction;
        var query = bind(em.createNativeQuery(sql), params).setFirstResult((filter.page() - 1) * size)
                .setMaxResults(size);
        return ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    private List<AttemptRow> rows(List<Long> ids, String viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var sql = "select t.id, i.candidate_name, s.blind_review, s.title, t.status, t.submitted_at, t.reviewed,"
                + " t.recommendation, sc.auto_score, sc.final_score, sc.max_score, sc.flags, sc.overridden,"
                + " sc.scored, s.second_marking, case when " + SecondMarkingSql.SECOND_MARKED
                + " then true else false end, case when " + SecondMarkingSql.AWAITING_ADJUDICATION
                + " then true else false end, case when " + SecondMarkingSql.VIEWER_MARKED_FIRST
                + " then true else false end" + FROM
                + " left join (" + AttemptScores.PER_ATTEMPT.formatted("and a.attempt_id in (:ids)")
                + ") sc on sc.attempt_id = t.id where t.id in (:ids)";
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(sql).setParameter("ids", ids).setParameter("viewer", viewer)
                .getResultList();
        var byId = new HashMap<Long, AttemptRow>();
        found.forEach(row -> byId.put(((Number) row[0]).longValue(), row(row)));
        return ids.stream().map(byId::get).toList();
    }

    private static AttemptRow row(Object[] row) {
        long id = ((Number) row[0]).longValue();
        boolean blind = (Boolean) row[2];
        boolean reviewed = (Boolean) row[6];
        var submitted = "SUBMITTED".equals(row[4]);
        var graded = row[8] != null;
        var totals = graded ? AttemptScores.Totals.of(row, 8) : AttemptScores.Totals.NONE;
        boolean secondMarked = (Boolean) row[15];
        boolean waitsForSecond = submitted && reviewed && (Boolean) row[14] && !secondMarked;
        // Whoever may still give the second marks must not see the first marking's total
        var finalShown = graded && !(waitsForSecond && !(Boolean) row[17]);
        var second = waitsForSecond ? "needs second marking" : (Boolean) row[16] ? "needs adjudication"
                : secondMarked ? "marked twice" : "";
        return new AttemptRow(id, Display.candidate(blind, reviewed, id, (String) row[1]),
                Display.nameHidden(blind, reviewed), (String) row[3], submitted ? "submitted" : "in progress",
                submitted ? "submitted" : "in-progress", Display.time(SqlValues.instant(row[5])),
                graded ? Numbers.points(totals.automatic()) : "", finalShown ? Numbers.points(totals.finalScore()) : "",
                graded ? Numbers.points(totals.max()) : "", finalShown && totals.overridden() > 0, totals.flags(),
                reviewed, finalShown ? Recommendation.labelOf((String) row[7]) : "", second,
                graded && !finalShown);
    }

    private List<Choice> assessments(AttemptFilter filter) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select id, title from assessment order by lower(title), id")
                .getResultList();
        var choices = new ArrayList<Choice>();
        choices.add(new Choice("", "All assessments", filter.assessment() == null));
        found.forEach(row -> {
            long id = ((Number) row[0]).longValue();
            choices.add(new Choice(Long.toString(id), (String) row[1], Long.valueOf(id).equals(filter.assessment())));
        });
        return choices;
    }

    private static List<Choice> statuses(AttemptFilter filter) {
        return Arrays.stream(StatusFilter.values())
                .map(s -> new Choice(s.key(), s.label(), s == filter.status())).toList();
    }

    private static List<Choice> flags(AttemptFilter filter) {
        var choices = new ArrayList<Choice>();
        choices.add(new Choice("", "Any or none", filter.flag().isEmpty()));
        choices.add(new Choice(AttemptFilter.ANY_FLAG, "Flagged", AttemptFilter.ANY_FLAG.equals(filter.flag())));
        choices.add(new Choice(AttemptFilter.NO_FLAG, "Not flagged", AttemptFilter.NO_FLAG.equals(filter.flag())));
        for (var code : FlagCode.values()) {
            choices.add(new Choice(code.name(), "Flagged: " + FlagTexts.title(code).toLowerCase(Locale.ROOT),
                    code.name().equals(filter.flag())));
        }
        return choices;
    }

    private static List<Column> columns(AttemptFilter filter) {
        return Arrays.stream(ListSort.values()).map(column -> new Column(column.label(),
                filter.sortedBy(column).link(), column != filter.sort() ? "none"
                        : filter.descending() ? "descending" : "ascending", column.numeric())).toList();
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
