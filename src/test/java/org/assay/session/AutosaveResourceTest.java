package org.assay.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.assay.support.TestData;

@QuarkusTest
class AutosaveResourceTest {

    private static final int ANSWER_LIMIT = 10_000;
    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final TemporalUnitOffset SECONDS_5 = within(5, ChronoUnit.SECONDS);
    private static final String FIRST_DRAFT = "A model overfits when it learns the noise.";
    private static final String SECOND_DRAFT = "A model overfits when it learns the noise in its training data.";

    @Inject
    AgroalDataSource dataSource;

    private Candidate startedCandidate(int questions) {
        var candidate = new Candidate(TestData.invitation(questions));
        candidate.post("/start").then().statusCode(200);
        return candidate;
    }

    @Test
    void startReturnsDeadlineFromTimeLimitAndOneEmptyAnswerPerQuestion() {
        var candidate = new Candidate(TestData.invitation(3));
        var state = candidate.post("/start").then().statusCode(200).extract().jsonPath();

        assertThat(state.getString("status")).isEqualTo("IN_PROGRESS");
        var started = Instant.parse(state.getString("startedAt"));
        assertThat(Instant.parse(state.getString("deadline")))
                .isEqualTo(started.plus(Duration.ofMinutes(TestData.TIME_LIMIT_MINUTES)));
        assertThat(Instant.parse(state.getString("serverTime"))).isCloseTo(Instant.now(), SECONDS_5);
        assertThat(state.getList("answers.qid")).containsExactly("q01", "q02", "q03");
        assertThat(state.getList("answers.text")).containsOnly("");
        assertThat(state.getInt("answerChars")).isEqualTo(ANSWER_LIMIT);
    }

    @Test
    void startingTwiceKeepsTheFirstAttempt() {
        var candidate = startedCandidate(2);
        var first = TestData.attempt(candidate.invite);

        var again = candidate.post("/start").then().statusCode(200).extract().jsonPath();

        assertThat(Instant.parse(again.getString("startedAt"))).isEqualTo(first.startedAt);
        assertThat(TestData.attempt(candidate.invite).id).isEqualTo(first.id);
    }

    @Test
    void savesTextWithItsRevisionAndCountsSaves() {
        var candidate = startedCandidate(2);

        var saved = candidate.save("q01", FIRST_DRAFT, 1).then().statusCode(200).extract().jsonPath();
        candidate.save("q01", SECOND_DRAFT, 2).then().statusCode(200);

        assertThat(saved.getInt("revision")).isEqualTo(1);
        assertThat(Instant.parse(saved.getString("savedAt"))).isCloseTo(Instant.now(), SECONDS_5);
        var answer = TestData.answers(candidate.invite).get(0);
        assertThat(answer.text).isEqualTo(SECOND_DRAFT);
        assertThat(answer.revision).isEqualTo(2);
        assertThat(answer.saveCount).isEqualTo(2);
    }

    @Test
    void savesOfOneAnswerArrivingTogetherKeepTheNewestAcknowledgedText() throws Exception {
        var candidate = startedCandidate(1);
        var acknowledged = java.util.Collections.synchronizedList(new ArrayList<Integer>());
        var saves = new ArrayList<CompletableFuture<Void>>();
        // Two windows' worth of saves racing each other: each must either be stored or refused, never half of both
        for (int revision = 1; revision <= 40; revision++) {
            int sent = revision;
            saves.add(CompletableFuture.runAsync(() -> {
                var reply = candidate.save("q01", "draft " + sent, sent);
                if (reply.statusCode() == 200) {
                    acknowledged.add(sent);
                } else {
                    assertThat(reply.statusCode()).isEqualTo(409);
                }
            }));
        }
        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        int newest = acknowledged.stream().mapToInt(Integer::intValue).max().orElseThrow();
        var answer = TestData.answers(candidate.invite).get(0);
        assertThat(answer.revision).isEqualTo(newest);
        assertThat(answer.text).isEqualTo("draft " + newest);
        assertThat(answer.saveCount).isEqualTo(acknowledged.size());
    }

    @Test
    void olderRevisionNeverOverwritesNewerText() {
        var candidate = startedCandidate(1);
        candidate.save("q01", SECOND_DRAFT, 5).then().statusCode(200);

        var refused = candidate.save("q01", FIRST_DRAFT, 4);

        refused.then().statusCode(409).contentType("application/problem+json");
        assertThat(refused.jsonPath().getInt("revision")).isEqualTo(5);
        assertThat(refused.jsonPath().getString("detail")).contains("newer version");
        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(SECOND_DRAFT);
    }

    @Test
    void textEditedFromAnOlderVersionIsAConflictEvenWithAHigherRevision() {
        var candidate = startedCandidate(1);
        candidate.save("q01", FIRST_DRAFT, 1).then().statusCode(200);
        candidate.save("q01", SECOND_DRAFT, 2, 1).then().statusCode(200);

        var refused = candidate.save("q01", "Edited on another device from the first draft.", 9, 1);

        refused.then().statusCode(409).contentType("application/problem+json");
        assertThat(refused.jsonPath().getInt("revision")).isEqualTo(2);
        assertThat(refused.jsonPath().getString("text")).isEqualTo(SECOND_DRAFT);
        assertThat(refused.jsonPath().getString("savedAt")).isNotBlank();
        var answer = TestData.answers(candidate.invite).get(0);
        assertThat(answer.text).isEqualTo(SECOND_DRAFT);
        assertThat(answer.revision).isEqualTo(2);
        candidate.save("q01", FIRST_DRAFT + " Merged.", 9, 2).then().statusCode(200);
        candidate.save("q01", FIRST_DRAFT + " Merged.", 9, 2).then().statusCode(200);
    }

    @Test
    void aRevisionFarAheadIsRefusedSoTheAnswerNeverFreezes() {
        var candidate = startedCandidate(1);
        candidate.save("q01", FIRST_DRAFT, 3).then().statusCode(200);

        var refused = candidate.save("q01", "frozen", Integer.MAX_VALUE);

        refused.then().statusCode(400).contentType("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("too far ahead");
        candidate.save("q01", SECOND_DRAFT, 4).then().statusCode(200);
        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(SECOND_DRAFT);
    }

    @Test
    void repeatingTheLastSaveIsHarmless() {
        var candidate = startedCandidate(1);
        candidate.save("q01", FIRST_DRAFT, 3).then().statusCode(200);

        candidate.save("q01", FIRST_DRAFT, 3).then().statusCode(200);

        var answer = TestData.answers(candidate.invite).get(0);
        assertThat(answer.revision).isEqualTo(3);
        assertThat(answer.saveCount).isEqualTo(1);
    }

    @Test
    void answerOverTheLimitIsRefusedAndTheSavedTextStays() {
        var candidate = startedCandidate(1);
        candidate.save("q01", FIRST_DRAFT, 1).then().statusCode(200);

        var refused = candidate.save("q01", "x".repeat(ANSWER_LIMIT + 1), 2);

        refused.then().statusCode(422).contentType("application/problem+json");
        assertThat(refused.jsonPath().getString("detail"))
                .contains("10,001 characters").contains("limit is 10,000");
        assertThat(refused.jsonPath().getInt("limit")).isEqualTo(ANSWER_LIMIT);
        var answer = TestData.answers(candidate.invite).get(0);
        assertThat(answer.text).isEqualTo(FIRST_DRAFT);
        assertThat(answer.revision).isEqualTo(1);
    }

    @Test
    void answerExactlyAtTheLimitIsSaved() {
        var candidate = startedCandidate(1);

        candidate.save("q01", "y".repeat(ANSWER_LIMIT), 1).then().statusCode(200);

        assertThat(TestData.answers(candidate.invite).get(0).text).hasSize(ANSWER_LIMIT);
    }

    @Test
    void saveWithinTheGraceAfterTheDeadlineIsAccepted() {
        var candidate = startedCandidate(1);
        TestData.setDeadline(candidate.invite, Instant.now().minusSeconds(2));

        candidate.save("q01", FIRST_DRAFT, 1).then().statusCode(200);

        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(FIRST_DRAFT);
    }

    @Test
    void saveAfterDeadlineAndGraceIsRefusedAndTheAttemptIsSubmittedWithEarlierText() {
        var candidate = startedCandidate(1);
        candidate.save("q01", FIRST_DRAFT, 1).then().statusCode(200);
        TestData.setDeadline(candidate.invite, Instant.now().minus(GRACE).minusSeconds(2));

        var late = candidate.save("q01", SECOND_DRAFT, 2);

        late.then().statusCode(410).contentType("application/problem+json");
        assertThat(late.jsonPath().getString("detail")).startsWith("The time for this test ended at");
        var attempt = TestData.attempt(candidate.invite);
        assertThat(attempt.status).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(attempt.submittedBy).isEqualTo("deadline");
        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(FIRST_DRAFT);
    }

    @Test
    void submittingTwiceKeepsTheFirstSubmission() {
        var candidate = startedCandidate(2);
        candidate.save("q01", FIRST_DRAFT, 1).then().statusCode(200);

        var first = candidate.post("/submit").then().statusCode(200).extract().jsonPath();
        var second = candidate.post("/submit").then().statusCode(200).extract().jsonPath();

        assertThat(first.getString("status")).isEqualTo("SUBMITTED");
        assertThat(first.getString("submittedBy")).isEqualTo("candidate");
        assertThat(second.getString("submittedAt")).isEqualTo(first.getString("submittedAt"));
        assertThat(second.getList("answers.text")).containsExactly(FIRST_DRAFT, "");
    }

    @Test
    void saveAfterSubmittingIsRefusedWith410() {
        var candidate = startedCandidate(1);
        candidate.post("/submit").then().statusCode(200);

        var late = candidate.save("q01", FIRST_DRAFT, 1);

        late.then().statusCode(410).contentType("application/problem+json");
        assertThat(late.jsonPath().getString("detail")).contains("submitted");
        assertThat(TestData.answers(candidate.invite).get(0).text).isEmpty();
    }

    @Test
    void unknownTokenIsA404Problem() {
        var stranger = new Candidate(new TestData.Invite(TestData.newToken(), 0, 0, List.of()));

        var response = stranger.save("q01", FIRST_DRAFT, 1);

        response.then().statusCode(404).contentType("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains("not valid");
    }

    @Test
    void expiredInvitationCannotStart() {
        var candidate = new Candidate(TestData.invitation(1, Instant.now().minusSeconds(60)));

        var response = candidate.post("/start");

        response.then().statusCode(410).contentType("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains("expired");
        assertThat(TestData.attempt(candidate.invite)).isNull();
    }

    @Test
    void savingBeforeStartingIsAConflict() {
        var candidate = new Candidate(TestData.invitation(1));

        candidate.save("q01", FIRST_DRAFT, 1).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void saveWithoutRevisionIsABadRequest() {
        var candidate = startedCandidate(1);

        var response = given().contentType(ContentType.JSON).body("{\"text\": \"hello\"}")
                .put(candidate.api("/answers/q01"));

        response.then().statusCode(400).contentType("application/problem+json");
        assertThat(TestData.answers(candidate.invite).get(0).text).isEmpty();
    }

    @Test
    void unknownQuestionIsA404Problem() {
        var candidate = startedCandidate(1);

        candidate.save("q99", FIRST_DRAFT, 1).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSaveThatWaitsTooLongForALockIsABusyAnswerToRetryAndLosesNothing() throws Exception {
        var candidate = startedCandidate(1);
        candidate.save("q01", FIRST_DRAFT, 1).then().statusCode(200);
        long attemptId = TestData.attempt(candidate.invite).id;
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // Another request (grading, the deadline job) holds the attempt's row lock longer than the database waits
        var holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            var busy = candidate.save("q01", SECOND_DRAFT, 2);

            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.jsonPath().getString("type")).isEqualTo("urn:assay:problem:busy-try-again");
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        candidate.save("q01", SECOND_DRAFT, 2).then().statusCode(200);
        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(SECOND_DRAFT);
    }

    @Test
    void aSaveThatFindsNoFreeDatabaseConnectionIsABusyAnswerToRetryAndLosesNothing() throws Exception {
        var candidate = startedCandidate(1);
        candidate.save("q01", FIRST_DRAFT, 1).then().statusCode(200);
        var held = new ArrayList<Connection>();
        try {
            // Every pooled connection busy for longer than the pool lets a request wait for one
            int size = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
            for (int i = 0; i < size; i++) {
                held.add(dataSource.getConnection());
            }
            var busy = candidate.save("q01", SECOND_DRAFT, 2);

            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(busy.jsonPath().getString("type")).isEqualTo("urn:assay:problem:busy-try-again");
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
        candidate.save("q01", SECOND_DRAFT, 2).then().statusCode(200);
        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(SECOND_DRAFT);
    }
}
