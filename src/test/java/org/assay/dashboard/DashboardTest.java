package org.assay.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.account.Role;
import org.assay.assessment.Invitation;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** The home pages: counts that match the lists they link to, the review queue, and the submissions chart. */
@QuarkusTest
class DashboardTest {

    @Test
    void eachAdminCountGrowsWithWhatItCountsAndMatchesTheListItLinksTo() {
        var admin = WebSession.admin();
        var before = counts(admin.page("/"));
        var today = todayBar(admin.page("/"));

        long assessment = Fixtures.assessment("Dashboard round", List.of("q01", "q02"));
        long toReview = Fixtures.attempt(Fixtures.invitation(assessment, "Queue Candidate"), AttemptStatus.SUBMITTED,
                List.of("An answer", "Another"));
        Fixtures.attempt(Fixtures.invitation(assessment, "Busy Candidate"), AttemptStatus.IN_PROGRESS, List.of());
        long soon = Fixtures.invitation(assessment, "Soon Expiring");
        expiresIn(soon, Duration.ofDays(3));
        expiresIn(Fixtures.invitation(assessment, "Later Expiring"), Duration.ofDays(10));
        long failed = Fixtures.attempt(Fixtures.invitation(assessment, "Failed Grading"), AttemptStatus.SUBMITTED,
                List.of("Text"));
        failGrading(failed);

        var home = admin.page("/");
        var after = counts(home);

        assertThat(after.get("to-review")).isEqualTo(before.get("to-review") + 2);
        assertThat(after.get("in-progress")).isEqualTo(before.get("in-progress") + 1);
        assertThat(after.get("expiring")).isEqualTo(before.get("expiring") + 1);
        assertThat(after.get("grading-failed")).isEqualTo(before.get("grading-failed") + 1);
        assertThat(Html.text(home, "#count-to-review")).endsWith("attempts wait for review");

        for (var key : List.of("to-review", "in-progress", "grading-failed")) {
            var list = admin.page(home.select("#count-" + key + " a").attr("href"));
            assertThat(Html.text(list, "table.attempts caption")).startsWith(after.get(key) + " attempt");
        }
        var gradingFailed = admin.page(home.select("#count-grading-failed a").attr("href"));
        assertThat(gradingFailed.select("table.attempts tbody tr").eachText()).anyMatch(row -> row.contains(
                "Failed Grading")).noneMatch(row -> row.contains("Queue Candidate"));
        var expiring = admin.page(home.select("#count-expiring a").attr("href"));
        assertThat(Html.text(expiring, "#expiring-filter")).contains("within 7 days");
        assertThat(expiring.select("tbody tr")).hasSize(after.get("expiring").intValue());
        assertThat(expiring.select("tbody tr").eachText()).anyMatch(row -> row.contains("Soon Expiring"))
                .noneMatch(row -> row.contains("Later Expiring"));

        assertThat(todayBar(home)).isEqualTo(today + 2);
        assertThat(toReview).isPositive();
    }

    @Test
    void theChartShowsFourteenDaysWithTheirNumbersInTextAndAsATable() {
        long assessment = Fixtures.assessment("Chart round", List.of("q01"));
        long attempt = Fixtures.attempt(Fixtures.invitation(assessment, "Three Days Ago"), AttemptStatus.SUBMITTED,
                List.of("Text"));
        var day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        QuarkusTransaction.requiringNew().run(() -> Attempt.update("submittedAt = ?1 where id = ?2",
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), attempt));
        long expected = QuarkusTransaction.requiringNew().call(() -> Attempt.count(
                "submittedAt >= ?1 and submittedAt < ?2", day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));

        var home = WebSession.admin().page("/");

        var svg = home.select("svg#submissions-chart");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("title").text()).contains("Tests submitted per day");
        var bars = svg.select("g.bar");
        assertThat(bars).hasSize(14);
        assertThat(bars.last().attr("data-date")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        var bar = svg.select("g.bar[data-date=" + day + "]");
        assertThat(bar.attr("data-count")).isEqualTo(String.valueOf(expected));
        // The number is written on the bar, not told by colour or height alone
        assertThat(bar.select("text").eachText()).containsExactly(String.valueOf(expected),
                day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        assertThat(Integer.parseInt(bar.select("rect").attr("height"))).isPositive();
        var rows = home.select("#submissions-table tbody tr");
        assertThat(rows).hasSize(14);
        assertThat(rows.get(10).select("td").last().text()).isEqualTo(String.valueOf(expected));
    }

    @Test
    void anInterviewerSeesTheirQueueLongestWaitingFirstButNoAdminCounts() {
        long assessment = Fixtures.assessment("Queue round", List.of("q01"));
        long older = Fixtures.attempt(Fixtures.invitation(assessment, "Waited Longest"), AttemptStatus.SUBMITTED,
                List.of("Text"));
        QuarkusTransaction.requiringNew().run(() -> Attempt.update("submittedAt = ?1 where id = ?2",
                Instant.parse("2001-01-01T00:00:00Z"), older));
        var interviewer = WebSession.signedIn(TestUsers.create(Role.interviewer), TestUsers.PASSWORD);

        var home = interviewer.page("/");

        assertThat(home.select("#needs-doing")).isEmpty();
        var first = home.select("#queue-table tbody tr").first();
        assertThat(first.text()).contains("Waited Longest", "Queue round");
        assertThat(first.select("a").attr("href")).isEqualTo("/review/attempts/" + older);
        assertThat(home.select("#review-queue a.button").attr("href")).contains("status=to-review");
        var queue = interviewer.page(home.select("#review-queue a.button").attr("href"));
        assertThat(queue.select("table.attempts tbody tr").first().text()).contains("Waited Longest");
    }

    @Test
    void theApiGivesTheSameFiguresAsThePage() {
        long assessment = Fixtures.assessment("Api dashboard round", List.of("q01"));
        Fixtures.attempt(Fixtures.invitation(assessment, "Api Waiting"), AttemptStatus.SUBMITTED, List.of("Text"));
        var page = counts(WebSession.admin().page("/"));

        var body = Api.json(Api.asAdmin().get("/api/dashboard"));

        assertThat(body.getList("counts.key")).containsExactly("to-review", "in-progress", "expiring",
                "grading-failed");
        for (var key : page.keySet()) {
            assertThat(body.getLong("counts.find { it.key == '" + key + "' }.value")).isEqualTo(page.get(key));
        }
        assertThat(body.getString("counts.find { it.key == 'expiring' }.link"))
                .isEqualTo("/admin/invitations?expiring=7");
        assertThat(body.getLong("waitingForReview")).isEqualTo(page.get("to-review"));
        assertThat(body.getList("submissionsPerDay")).hasSize(14);
        assertThat(body.getLong("submissionsPerDay[13].submitted")).isPositive();
        var interviewer = TestUsers.create(Role.interviewer);
        var asInterviewer = Api.json(Api.as(interviewer, TestUsers.PASSWORD).get("/api/dashboard"));
        assertThat(asInterviewer.getList("counts")).isEmpty();
        assertThat(asInterviewer.getList("queue.candidate")).isNotEmpty();
    }

    private static Map<String, Long> counts(Document home) {
        return Map.of("to-review", count(home, "to-review"), "in-progress", count(home, "in-progress"),
                "expiring", count(home, "expiring"), "grading-failed", count(home, "grading-failed"));
    }

    private static long count(Document home, String key) {
        return Long.parseLong(home.select("#count-" + key + " .count").text());
    }

    private static long todayBar(Document home) {
        return Long.parseLong(home.select("g.bar").last().attr("data-count"));
    }

    private static void expiresIn(long invitation, Duration within) {
        QuarkusTransaction.requiringNew().run(() -> Invitation.update("expiresAt = ?1 where id = ?2",
                Instant.now().plus(within), invitation));
    }

    /** Leaves the attempt's first answer as the grading queue does after its last try failed. */
    private static void failGrading(long attemptId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Attempt attempt = Attempt.findById(attemptId);
            var answer = Answer.findByAttemptAndPosition(attempt, 1).orElseThrow();
            Answer.getEntityManager().createNativeQuery("insert into grading_task (answer_id, tries, last_error,"
                    + " failed_at, created_at) values (?1, 5, 'The rubric could not be read', ?2, ?2)")
                    .setParameter(1, answer.id).setParameter(2, Instant.now()).executeUpdate();
        });
    }
}
