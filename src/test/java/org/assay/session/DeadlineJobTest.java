package org.assay.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.TestData;

@QuarkusTest
class DeadlineJobTest {

    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final String SAVED = "Training loss keeps falling while validation loss climbs.";

    @Inject
    DeadlineJob job;

    @Inject
    AttemptService attempts;

    private Candidate startedCandidate() {
        var candidate = new Candidate(TestData.invitation(2));
        candidate.post("/start").then().statusCode(200);
        return candidate;
    }

    @Test
    void submitsAnOverdueAttemptWithItsLastSavedAnswers() {
        var candidate = startedCandidate();
        candidate.save("q01", SAVED, 1).then().statusCode(200);
        TestData.setDeadline(candidate.invite, Instant.now().minus(GRACE).minusSeconds(1));

        job.submitOverdue();

        var attempt = TestData.attempt(candidate.invite);
        assertThat(attempt.status).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(attempt.submittedBy).isEqualTo("deadline");
        assertThat(TestData.answers(candidate.invite)).extracting(answer -> answer.text).containsExactly(SAVED, "");
    }

    @Test
    void leavesAnAttemptRunningWhileItsGraceLasts() {
        var candidate = startedCandidate();
        TestData.setDeadline(candidate.invite, Instant.now().minusSeconds(1));

        job.submitOverdue();

        assertThat(TestData.attempt(candidate.invite).status).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void onlyOneOfSeveralConcurrentRunsSubmitsAnAttempt() throws Exception {
        var candidate = startedCandidate();
        TestData.setDeadline(candidate.invite, Instant.now().minus(GRACE).minusSeconds(1));
        long id = TestData.attempt(candidate.invite).id;
        Callable<Boolean> submit = () -> attempts.submitOverdue(id);

        var pool = Executors.newFixedThreadPool(3);
        try {
            var results = pool.invokeAll(List.of(submit, submit, submit));
            long submitted = 0;
            for (Future<Boolean> result : results) {
                submitted += result.get() ? 1 : 0;
            }
            // The scheduled job may have got there first; either way no two submissions happen
            assertThat(submitted).isLessThanOrEqualTo(1);
        } finally {
            pool.shutdown();
        }
        var attempt = TestData.attempt(candidate.invite);
        assertThat(attempt.status).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(attempts.submitOverdue(id)).isFalse();
    }
}
