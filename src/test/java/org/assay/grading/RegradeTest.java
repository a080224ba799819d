package org.assay.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.audit.AuditEvent;
import org.assay.engine.Grader;
import org.assay.rubric.TestAccounts;
import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class RegradeTest {

    private static final Duration ENOUGH = Duration.ofMinutes(2);
    private static final double OVERRIDE = 9;

    @Inject
    RegradeService regrades;

    @Inject
    RegradeWorker worker;

    @Inject
    Grader grader;

    @Test
    void aDryRunShowsHowManyScoresWouldChangeAndTheLargestChangesWithoutSavingAnything() {
        var setup = RegradeFixtures.gradedAtZero();
        var predicted = setup.predicted(grader);
        var grades = RegradeFixtures.gradeCount(setup);

        var page = WebSession.admin().page("/admin/regrade/preview?question=" + setup.questionId());

        long changing = predicted.stream().filter(score -> score > 0).count();
        assertThat(Html.text(page, "#preview-total")).isEqualTo(Integer.toString(setup.answerIds().size()));
        assertThat(Html.text(page, "#preview-changed")).isEqualTo(Long.toString(changing));
        var largest = page.select("#largest-changes tbody tr");
        assertThat(largest).hasSize((int) changing);
        var deltas = largest.stream().map(row -> Double.parseDouble(row.select("td").get(4).text())).toList();
        assertThat(deltas).isSortedAccordingTo((a, b) -> Double.compare(Math.abs(b), Math.abs(a)));
        assertThat(deltas.get(0)).isEqualTo(round(predicted.stream().mapToDouble(d -> d).max().orElseThrow()));
        assertThat(RegradeFixtures.gradeCount(setup)).isEqualTo(grades);
    }

    @Test
    void aPreviewWithNoScoreChangeSaysSoAndOffersNoRegrade() {
        var setup = RegradeFixtures.gradedAtZero();
        var admin = WebSession.admin();
        admin.submit("/admin/regrade/preview?question=" + setup.questionId(), "/admin/regrade",
                Map.of("question", Long.toString(setup.questionId())));
        worker.work(ENOUGH);

        var page = admin.page("/admin/regrade/preview?question=" + setup.questionId());

        assertThat(Html.text(page, "#preview-changed")).isEqualTo("0");
        assertThat(Html.text(page, "#no-change")).startsWith("No score would change").contains("nothing to regrade");
        assertThat(page.select("#start-regrade")).isEmpty();
        assertThat(page.select("form[action='/admin/regrade']")).isEmpty();
    }

    @Test
    void aJobAddsGradesMarkedWithItAndLeavesOldGradesAndOverridesAlone() {
        var setup = RegradeFixtures.gradedAtZero();
        var overridden = setup.answerIds().get(0);
        RegradeFixtures.override(overridden, OVERRIDE);
        var predicted = setup.predicted(grader);
        var admin = WebSession.admin();

        var started = admin.submit("/admin/regrade/preview?question=" + setup.questionId(), "/admin/regrade",
                Map.of("question", Long.toString(setup.questionId())));
        var jobPath = Html.locationPath(started);
        long jobId = Long.parseLong(jobPath.substring(jobPath.lastIndexOf('/') + 1));
        worker.work(ENOUGH);

        var job = regrades.job(jobId);
        assertThat(job.status()).isEqualTo(RegradeService.DONE);
        assertThat(job.done()).isEqualTo(setup.answerIds().size());
        assertThat(job.changed()).isEqualTo((int) predicted.stream().filter(score -> score > 0).count());
        for (int i = 0; i < setup.answerIds().size(); i++) {
            var grades = RegradeFixtures.grades(setup.answerIds().get(i));
            assertThat(grades).hasSize(2);
            assertThat(grades.get(0).score).isZero();
            assertThat(grades.get(0).regradeJobId).isNull();
            assertThat(grades.get(1).regradeJobId).isEqualTo(jobId);
            assertThat(grades.get(1).score).isEqualTo(predicted.get(i));
        }
        var override = QuarkusTransaction.requiringNew().call(() -> ScoreOverride.<ScoreOverride>list(
                "answer.id", overridden));
        assertThat(override).singleElement().satisfies(o -> assertThat(o.score).isEqualTo(OVERRIDE));
        var page = admin.page(jobPath);
        assertThat(Html.text(page, "#job-status")).startsWith("DONE");
        assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.listByEntity("regrade_job", jobId))
                .stream().map(e -> e.action)).containsExactly("regrade.started", "regrade.finished");
    }

    @Test
    void aQueuedJobsPageRefreshesItselfUntilTheJobIsDone() {
        var setup = RegradeFixtures.gradedAtZero();
        long jobId = regrades.start(new RegradeScope(RegradeScope.QUESTION, setup.questionId()), "admin");

        var queued = WebSession.admin().page("/admin/regrade/jobs/" + jobId);
        worker.work(ENOUGH);
        var done = WebSession.admin().page("/admin/regrade/jobs/" + jobId);

        assertThat(queued.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("2");
        assertThat(Html.text(queued, "#job-status")).startsWith("QUEUED").contains("0 of 3");
        assertThat(done.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(Html.text(done, "#job-status")).startsWith("DONE").contains("3 of 3");
    }

    @Test
    void aFinishedJobsPageListsItsLargestChangesAndTheScoresReviewersSet() {
        var setup = RegradeFixtures.gradedAtZero();
        var overridden = setup.answerIds().get(0);
        RegradeFixtures.override(overridden, OVERRIDE);
        long jobId = regrades.start(new RegradeScope(RegradeScope.QUESTION, setup.questionId()), "admin");
        worker.work(ENOUGH);

        var rows = WebSession.admin().page("/admin/regrade/jobs/" + jobId).select("#job-changes tbody tr");

        assertThat(rows).isNotEmpty();
        assertThat(rows.stream().map(r -> r.select("td").get(2).text())).containsOnly("0");
        var deltas = rows.stream().map(r -> Math.abs(Double.parseDouble(r.select("td").get(4).text()))).toList();
        assertThat(deltas).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rows.stream().filter(r -> r.select("td").get(0).text().endsWith("answer " + overridden)))
                .singleElement().matches(r -> r.select("td").get(5).text().equals("a reviewer's score stands"));
    }

    @Test
    void aJobInterruptedByARestartCarriesOnAfterItsCursor() {
        var setup = RegradeFixtures.gradedAtZero();
        var first = setup.answerIds().get(0);
        long jobId = RegradeFixtures.interruptedAfter(setup, first);

        worker.work(ENOUGH);

        var job = regrades.job(jobId);
        assertThat(job.status()).isEqualTo(RegradeService.DONE);
        assertThat(job.done()).isEqualTo(setup.answerIds().size());
        assertThat(RegradeFixtures.grades(first)).extracting(g -> g.regradeJobId).containsExactly(null, jobId);
        for (var later : setup.answerIds().subList(1, setup.answerIds().size())) {
            assertThat(RegradeFixtures.grades(later)).extracting(g -> g.regradeJobId).containsExactly(null, jobId);
        }
    }

    @Test
    void aJobLockedByAnotherInstanceIsSkippedNotDoneTwice() throws Exception {
        var setup = RegradeFixtures.gradedAtZero();
        long jobId = regrades.start(new RegradeScope(RegradeScope.QUESTION, setup.questionId()), "admin");
        boolean ranWhileLocked;
        long gradesWhileLocked;
        try (var lock = RegradeFixtures.lock(jobId)) {
            ranWhileLocked = regrades.runBatch(jobId);
            gradesWhileLocked = RegradeFixtures.gradeCount(setup);
        }
        regrades.runBatch(jobId);

        assertThat(ranWhileLocked).isFalse();
        assertThat(gradesWhileLocked).isEqualTo(setup.answerIds().size());
        assertThat(regrades.job(jobId).status()).isEqualTo(RegradeService.DONE);
        assertThat(RegradeFixtures.gradeCount(setup)).isEqualTo(2L * setup.answerIds().size());
    }

    @Test
    void aFailedJobSaysWhyAndResumesWhereItStopped() {
        var setup = RegradeFixtures.gradedAtZero();
        var good = RegradeFixtures.breakRubric(setup);
        long jobId = regrades.start(new RegradeScope(RegradeScope.QUESTION, setup.questionId()), "admin");
        worker.work(ENOUGH);
        var failed = WebSession.admin().page("/admin/regrade/jobs/" + jobId);
        var admin = WebSession.admin();
        var preview = admin.get("/admin/regrade/preview?question=" + setup.questionId());
        var again = admin.submit("/admin/regrade", "/admin/regrade",
                Map.of("question", Long.toString(setup.questionId())));
        RegradeFixtures.restoreRubric(setup, good);

        var resumed = WebSession.admin().submit("/admin/regrade/jobs/" + jobId,
                "/admin/regrade/jobs/" + jobId + "/resume", Map.of());
        worker.work(ENOUGH);

        assertThat(Html.text(failed, "#job-status")).startsWith("FAILED");
        assertThat(Html.text(failed, ".error-summary")).contains("does not parse");
        assertThat(preview.statusCode()).isEqualTo(409);
        assertThat(Html.text(Html.parse(preview), "main")).contains("does not parse; open it in the editor");
        assertThat(Html.locationPath(again)).isEqualTo("/admin/regrade/jobs/" + jobId);
        assertThat(Html.text(admin.page(Html.locationPath(again)), ".flash")).contains("stopped with an error")
                .doesNotContain("queued");
        assertThat(resumed.statusCode()).isEqualTo(303);
        assertThat(regrades.job(jobId).status()).isEqualTo(RegradeService.DONE);
        assertThat(RegradeFixtures.gradeCount(setup)).isEqualTo(2L * setup.answerIds().size());
    }

    @Test
    void aJobWorksInBatchesAndSavesItsCursorAfterEach() {
        var setup = RegradeFixtures.gradedAtZero();
        long jobId = regrades.start(new RegradeScope(RegradeScope.QUESTION, setup.questionId()), "admin");

        boolean more = regrades.runBatch(jobId, 2);
        var afterFirst = regrades.job(jobId);
        var cursor = QuarkusTransaction.requiringNew().call(() -> ((RegradeJob) RegradeJob.findById(jobId))
                .cursorAnswerId);
        regrades.runBatch(jobId, 2);

        assertThat(more).isTrue();
        assertThat(afterFirst.status()).isEqualTo(RegradeService.RUNNING);
        assertThat(afterFirst.done()).isEqualTo(2);
        assertThat(cursor).isEqualTo(setup.answerIds().get(1));
        assertThat(RegradeFixtures.grades(setup.answerIds().get(2))).hasSize(2);
        assertThat(regrades.job(jobId).status()).isEqualTo(RegradeService.DONE);
        assertThat(regrades.job(jobId).done()).isEqualTo(3);
    }

    @Test
    void aDryRunOverItsLimitsSaysItWasASampleAndListsOnlyTheLargest() {
        var setup = RegradeFixtures.gradedAtZero();

        var preview = regrades.preview(new RegradeScope(RegradeScope.QUESTION, setup.questionId()), 2, 1);

        assertThat(preview.total()).isEqualTo(3);
        assertThat(preview.previewed()).isEqualTo(2);
        assertThat(preview.sampled()).isTrue();
        assertThat(preview.largest()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void anAssessmentRegradeCoversTheAnswersToEachOfItsQuestions() {
        var setup = RegradeFixtures.twoQuestions();

        var page = WebSession.admin().page("/admin/regrade/preview?assessment=" + setup.assessmentId());

        assertThat(Html.text(page, "#preview-total")).isEqualTo(Integer.toString(setup.answerIds().size()));
        assertThat(Html.text(page, "h1")).contains("Assessment");
    }

    @Test
    void interviewersCannotRegrade() {
        var setup = RegradeFixtures.gradedAtZero();
        var interviewer = TestAccounts.interviewer();

        var preview = interviewer.get("/admin/regrade/preview?question=" + setup.questionId());
        var start = interviewer.submit("/admin/banks", "/admin/regrade",
                Map.of("question", Long.toString(setup.questionId())));

        assertThat(preview.statusCode()).isEqualTo(403);
        assertThat(start.statusCode()).isEqualTo(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> RegradeJob.count("questionId",
                setup.questionId()))).isZero();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
