package org.assay.grading;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.TestData;

/** Instances share one queue: an answer is claimed by one worker at a time, and taken over when a claim runs out. */
@QuarkusTest
class GradingQueueTest {

    /** The test claims as if it were this far ahead, so the application's own worker never sees its answers due. */
    private static final Duration AHEAD = Duration.ofDays(1);

    @Inject
    GradingService grading;

    /** Claiming ahead also claims other tests' answers: hand those back to the application's worker. */
    @AfterEach
    void releaseOtherClaims() {
        QuarkusTransaction.requiringNew().run(() -> GradingTask.update(
                "claimedUntil = null, claimedBy = null where claimedBy in ?1", List.of("instance-a", "instance-b")));
    }

    @Test
    void twoWorkersNeverClaimTheSameAnswerAndAnExpiredClaimIsTakenOver() {
        var answers = queuedForLater(3);
        var later = Instant.now().plus(AHEAD);

        var first = grading.claim(1000, "instance-a", later).stream().filter(answers::contains).toList();
        var second = grading.claim(1000, "instance-b", later).stream().filter(answers::contains).toList();

        assertThat(first).containsExactlyInAnyOrderElementsOf(answers);
        assertThat(second).isEmpty();

        var afterTheClaim = later.plus(Duration.ofMinutes(6));
        var takenOver = grading.claim(1000, "instance-b", afterTheClaim).stream().filter(answers::contains).toList();
        assertThat(takenOver).containsExactlyInAnyOrderElementsOf(answers);
        assertThat(QuarkusTransaction.requiringNew().call(() -> GradingTask.<GradingTask>findById(answers.get(0))
                .claimedBy)).isEqualTo("instance-b");
    }

    @Test
    void aStaleWorkerCannotStoreAGradeForAnAnswerAnotherInstanceTookOver() {
        var answers = queuedForLater(1);
        var later = Instant.now().plus(AHEAD);
        grading.claim(1000, "instance-a", later);
        grading.claim(1000, "instance-b", later.plus(Duration.ofMinutes(6)));

        grading.store(answers.get(0), "instance-a", FakeReports.any());

        assertThat(QuarkusTransaction.requiringNew().call(() -> Grade.count("answer.id", answers.get(0))))
                .isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> GradingTask.<GradingTask>findById(answers.get(0))
                .claimedBy)).isEqualTo("instance-b");
    }

    /** A started attempt's answers, queued as a submit queues them but due only an hour from now. */
    private static List<Long> queuedForLater(int count) {
        var invite = TestData.invitation(count);
        given().contentType(ContentType.JSON).body("{}").post("/api/t/" + invite.token() + "/start").then()
                .statusCode(200);
        var ids = TestData.answers(invite).stream().map(a -> a.id).toList();
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> {
            var task = new GradingTask();
            task.answerId = id;
            task.nextTryAt = Instant.now().plus(Duration.ofHours(1));
            task.persist();
        }));
        return ids;
    }
}
