package org.assay.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assay.assessment.InvitationService;
import org.assay.review.list.AttemptFilter;
import org.assay.review.list.AttemptRow;
import org.assay.review.list.ReviewListService;
import org.assay.session.Attempt;

/**
 * What the home pages show. Each count is the total of the very list its link opens, computed by that list's own
 * query, so a number and the list behind it always agree.
 */
@ApplicationScoped
public class DashboardService {

    /** The look-ahead of "invitations expiring soon". */
    static final int EXPIRING_DAYS = 7;
    /** Days in the submissions chart, today included. */
    static final int CHART_DAYS = 14;
    /** Attempts the queue shows on the home page; the link opens the rest. */
    static final int QUEUE_SHOWN = 10;

    private final ReviewListService reviewList;
    private final InvitationService invitations;

    public DashboardService(ReviewListService reviewList, InvitationService invitations) {
        this.reviewList = reviewList;
        this.invitations = invitations;
    }

    /** A number with the list it counts. */
    public record Count(String key, long value, String label, String link) {
    }

    /** Oldest submitted first, so the attempt that waited longest is reviewed first. */
    public record Queue(List<AttemptRow> rows, long total, String link) {
    }

    /** The counts an admin sees, each linking to its filtered list. */
    @Transactional
    public List<Count> counts() {
        var counts = new ArrayList<Count>();
        counts.add(attempts("to-review", "to-review", "attempts wait for review", "attempt waits for review"));
        counts.add(attempts("in-progress", "in-progress", "attempts in progress now", "attempt in progress now"));
        long expiring = invitations.expiringWithin(Duration.ofDays(EXPIRING_DAYS)).size();
        counts.add(new Count("expiring", expiring, expiring == 1
                ? "invitation not started expires within " + EXPIRING_DAYS + " days"
                : "invitations not started expire within " + EXPIRING_DAYS + " days",
                "/admin/invitations?expiring=" + EXPIRING_DAYS));
        counts.add(attempts("grading-failed", "grading-failed", "attempts with answers whose grading failed",
                "attempt with answers whose grading failed"));
        return counts;
    }

    private Count attempts(String key, String status, String many, String one) {
        var filter = AttemptFilter.of(null, status, null, null, null, null, null);
        long total = reviewList.page(filter).total();
        return new Count(key, total, total == 1 ? one : many, filter.link());
    }

    @Transactional
    public Queue queue() {
        var filter = AttemptFilter.of(null, "to-review", null, null, "submitted", "asc", null);
        var page = reviewList.page(filter);
        var rows = page.rows().size() > QUEUE_SHOWN ? page.rows().subList(0, QUEUE_SHOWN) : page.rows();
        return new Queue(List.copyOf(rows), page.total(), filter.link());
    }

    /** Tests submitted on each of the last {@value #CHART_DAYS} days (UTC), today last. */
    @Transactional
    public SubmissionChart submissions() {
        var today = LocalDate.now(ZoneOffset.UTC);
        var first = today.minusDays(CHART_DAYS - 1L);
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Instant> times = Attempt.getEntityManager().createQuery(
                "select t.submittedAt from Attempt t where t.submittedAt >= :from", Instant.class)
                .setParameter("from", from).getResultList();
        Map<LocalDate, Long> perDay = new HashMap<>();
        times.forEach(at -> perDay.merge(at.atOffset(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum));
        var days = new ArrayList<SubmissionChart.Day>();
        for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new SubmissionChart.Day(day, perDay.getOrDefault(day, 0L)));
        }
        return new SubmissionChart(days);
    }
}
