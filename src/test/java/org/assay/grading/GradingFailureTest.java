package org.assay.grading;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.assay.engine.Grader;
import org.assay.grader.EngineProducer;
import org.assay.support.Api;
import org.assay.support.Html;
import org.assay.support.TestData;
import org.assay.support.WebSession;

/**
 * An answer the engine cannot grade: the others are graded all the same, the failure is kept with its reason and
 * tried again later, and a reviewer sees it, can retry it or score it by hand, and cannot mark the attempt reviewed
 * while it has no score.
 */
@QuarkusTest
class GradingFailureTest {

    private static final String POISON = "This answer makes the grader fail.";
    private static final String GOOD = "The model memorises the training data and learns the noise instead of the"
            + " pattern, so the validation loss rises while the training loss keeps falling.";
    private static final Duration WAIT = Duration.ofMinutes(2);

    @Inject
    EngineProducer engines;

    @Inject
    GradingService grading;

    @Inject
    GradingWorker worker;

    private final AtomicBoolean failing = new AtomicBoolean(true);

    @BeforeEach
    void graderThatFailsOnOneAnswer() {
        Grader real = (rubric, answer) -> engines.engine().grade(rubric, answer);
        QuarkusMock.installMockForType((Grader) (rubric, answer) -> {
            if (failing.get() && answer.contains(POISON)) {
                throw new IllegalStateException("the test grader refuses this answer");
            }
            return real.grade(rubric, answer);
        }, Grader.class);
    }

    @Test
    void oneFailingAnswerLeavesTheOthersGradedAndIsKeptWithItsReason() throws Exception {
        var invite = submitted(POISON, GOOD);
        var answers = TestData.answers(invite);

        var failed = awaitFailure(answers.get(0).id);
        assertThat(awaitGrade(answers.get(1).id)).isPresent();

        assertThat(failed.lastError).isEqualTo("IllegalStateException: the test grader refuses this answer");
        assertThat(failed.tries).isEqualTo(1);
        assertThat(Duration.between(failed.failedAt, failed.nextTryAt)).isEqualTo(Duration.ofSeconds(30));
        assertThat(failed.claimedBy).isNull();
        assertThat(grade(answers.get(0).id)).isEmpty();

        var results = Api.json(Api.asAdmin().get("/api/invitations/" + invite.invitationId()));
        assertThat(results.getList("results.answers.grading")).containsExactly("failed", "graded");
        assertThat(results.getString("results.answers[0].gradingError")).contains("refuses this answer");
        var health = io.restassured.path.json.JsonPath.from(given().get("/q/health").asString())
                .setRootPath("checks.find { it.name == 'grading-engine' }.data");
        assertThat(health.getInt("failed")).isPositive();
        assertThat(health.getInt("waiting")).isGreaterThanOrEqualTo(health.getInt("failed"));
    }

    @Test
    void eachFailedTryWaitsFourTimesLongerUntilAPersonMustStep() throws Exception {
        var invite = submitted(POISON, GOOD);
        long answer = TestData.answers(invite).get(0).id;
        awaitFailure(answer);

        for (int tries = 2; tries <= 5; tries++) {
            dueNow(answer);
            var task = awaitTries(answer, tries);
            if (tries < 5) {
                assertThat(Duration.between(task.failedAt, task.nextTryAt))
                        .isEqualTo(Duration.ofSeconds(30).multipliedBy(1L << (2 * (tries - 1))));
            } else {
                assertThat(task.nextTryAt).as("no automatic try after the fifth").isNull();
                assertThat(task.waitingForPerson()).isTrue();
            }
        }
        worker.wake();
        assertThat(worker.awaitIdle(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(task(answer).orElseThrow().tries).isEqualTo(5);
    }

    @Test
    void aReviewerSeesTheFailureRetriesItAndTheAnswerIsGraded() throws Exception {
        var invite = submitted(POISON, GOOD);
        long answer = TestData.answers(invite).get(0).id;
        long attempt = TestData.attempt(invite).id;
        awaitFailure(answer);
        var session = WebSession.admin();
        var transcript = "/review/attempts/" + attempt;

        var page = session.page(transcript);
        assertThat(Html.text(page, "#q1 .final-score")).isEqualTo("grading failed");
        assertThat(Html.text(page, "#q1 .grading-failed")).contains("the test grader refuses this answer");
        assertThat(page.select("#q1 form[action$=retry-grading]")).hasSize(1);
        assertThat(page.select("#q1 form.override legend").text()).isEqualTo("Score question 1 by hand");

        failing.set(false);
        var retried = session.submit(transcript, transcript + "/answers/" + answer + "/retry-grading", Map.of());
        assertThat(retried.statusCode()).isEqualTo(303);

        assertThat(awaitGrade(answer)).isPresent();
        assertThat(task(answer)).isEmpty();
        var graded = session.page(transcript);
        assertThat(Html.text(graded, "#q1 .final-score")).doesNotContain("failed").endsWith("/ 10");
        assertThat(graded.select("#history td").eachText()).contains("Retried grading question 1");
    }

    @Test
    void markReviewedIsRefusedUntilEveryAnswerHasAScoreWhichAReviewerCanGiveByHand() throws Exception {
        var invite = submitted(POISON, GOOD);
        var answers = TestData.answers(invite);
        long attempt = TestData.attempt(invite).id;
        awaitFailure(answers.get(0).id);
        awaitGrade(answers.get(1).id);
        var session = WebSession.admin();
        var transcript = "/review/attempts/" + attempt;

        var page = session.page(transcript);
        assertThat(page.select("form[action$=/reviewed] button")).isEmpty();
        assertThat(Html.text(page, ".unscored")).startsWith("1 of 2 answers have no score yet");
        var refused = session.submit(transcript, transcript + "/reviewed", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Html.parse(refused).text()).contains("1 answer has no score yet");

        var scored = session.submit(transcript, transcript + "/answers/" + answers.get(0).id + "/override",
                Map.of("score", "4", "reason", "The engine could not grade it; scored by reading it.",
                        "gradeId", "0", "overrideId", "0"));
        assertThat(scored.statusCode()).isEqualTo(303);
        var after = session.page(transcript);
        assertThat(Html.text(after, "#q1 .final-score")).isEqualTo("4 / 10");
        assertThat(Html.text(after, "#q1 .automatic-score")).isEqualTo("grading failed");

        assertThat(session.submit(transcript, transcript + "/reviewed", Map.of()).statusCode()).isEqualTo(303);
        var results = Api.json(Api.asAdmin().get("/api/invitations/" + invite.invitationId()));
        assertThat(results.getDouble("results.answers[0].score")).isEqualTo(4.0);
        assertThat(results.getBoolean("results.answers[0].overridden")).isTrue();
    }

    @Test
    void theApiScoresAnUngradedAnswerByHandAsAnOverride() throws Exception {
        var invite = submitted(POISON, GOOD);
        long answer = TestData.answers(invite).get(0).id;
        awaitFailure(answer);

        var response = Api.asAdmin().body(Map.of("score", 6, "reason", "Scored by hand", "overrideId", 0))
                .post("/api/answers/" + answer + "/override");

        assertThat(response.statusCode()).as(response.asString()).isIn(200, 201);
        assertThat(Api.json(response).getDouble("score")).isEqualTo(6.0);
        assertThat(Api.json(response).getString("automaticScore")).isNull();
    }

    private TestData.Invite submitted(String first, String second) {
        var invite = TestData.invitation(2);
        var path = "/api/t/" + invite.token();
        given().contentType(ContentType.JSON).body("{}").post(path + "/start").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", first, "revision", 1))
                .put(path + "/answers/q01").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", second, "revision", 1))
                .put(path + "/answers/q02").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").post(path + "/submit").then().statusCode(200);
        return invite;
    }

    private static void dueNow(long answer) {
        QuarkusTransaction.requiringNew().run(() -> GradingTask.update("nextTryAt = ?1 where answerId = ?2",
                Instant.now(), answer));
    }

    private GradingTask awaitTries(long answer, int tries) throws InterruptedException {
        worker.wake();
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            var task = task(answer);
            if (task.isPresent() && task.get().tries >= tries && task.get().claimedBy == null) {
                return task.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("answer " + answer + " was not tried " + tries + " times");
    }

    private GradingTask awaitFailure(long answer) throws InterruptedException {
        return awaitTries(answer, 1);
    }

    private static Optional<Grade> awaitGrade(long answer) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            var grade = grade(answer);
            if (grade.isPresent()) {
                return grade;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private static Optional<Grade> grade(long answer) {
        return QuarkusTransaction.requiringNew().call(() -> Grade.<Grade>find("answer.id", answer)
                .firstResultOptional());
    }

    private static Optional<GradingTask> task(long answer) {
        return QuarkusTransaction.requiringNew().call(() -> GradingTask.forAnswer(answer));
    }
}
