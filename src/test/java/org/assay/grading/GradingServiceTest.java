package org.assay.grading;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.assay.engine.Grader;
import org.assay.support.TestData;

@QuarkusTest
class GradingServiceTest {

    private static final String STRONG = "The model memorises the training data and learns the noise instead of the"
            + " pattern. You see it as a gap between training and validation loss: the validation loss rises.";

    private static final Duration MODEL_LOAD_WAIT = Duration.ofMinutes(2);

    @Inject
    GradingService grading;

    @Inject
    ObjectMapper json;

    /** A stored grade, read while its transaction is open. */
    record Stored(long answerId, long rubricVersionId, String engineVersion, double score, double max, String report) {
    }

    private static void api(TestData.Invite invite, String rest, Map<String, Object> body, String method) {
        var request = given().contentType(ContentType.JSON).body(body);
        var path = "/api/t/" + invite.token() + rest;
        (method.equals("PUT") ? request.put(path) : request.post(path)).then().statusCode(200);
    }

    /** The grades of an attempt's answers once there are {@code count}: the first grading waits for the models. */
    private static List<Stored> awaitGrades(TestData.Invite invite, int count) throws InterruptedException {
        long until = System.nanoTime() + MODEL_LOAD_WAIT.toNanos();
        var grades = grades(invite);
        while (grades.size() < count && System.nanoTime() < until) {
            Thread.sleep(200);
            grades = grades(invite);
        }
        return grades;
    }

    private static List<Stored> grades(TestData.Invite invite) {
        return QuarkusTransaction.requiringNew().call(() -> Grade.<Grade>list(
                "answer.attempt.invitation.id = ?1 order by answer.position, id", invite.invitationId()).stream()
                .map(g -> new Stored(g.answer.id, g.rubricVersion.id, g.engineVersion, g.score, g.maxScore,
                        g.report))
                .toList());
    }

    @Test
    void submittingStoresTheEngineGradeOfEveryAnswer() throws Exception {
        var invite = TestData.invitation(2);
        api(invite, "/start", Map.of(), "POST");
        api(invite, "/answers/q01", Map.of("text", STRONG, "revision", 1), "PUT");

        api(invite, "/submit", Map.of(), "POST");

        var grades = awaitGrades(invite, 2);
        var answers = TestData.answers(invite);
        assertThat(grades).extracting(Stored::answerId).containsExactly(answers.get(0).id, answers.get(1).id);
        assertThat(grades).extracting(Stored::rubricVersionId)
                .containsExactly(answers.get(0).rubricVersion.id, answers.get(1).rubricVersion.id);
        assertThat(grades).allSatisfy(grade -> {
            assertThat(grade.engineVersion()).isEqualTo(Grader.VERSION);
            assertThat(grade.max()).isEqualTo(10.0);
        });
        assertThat(grades.get(0).score()).isGreaterThan(5.0);
        assertThat(grades.get(1).score()).isZero();
        var report = json.readTree(grades.get(0).report());
        assertThat(report.get("score").asDouble()).isEqualTo(grades.get(0).score());
        assertThat(report.get("criteria")).hasSize(2);
    }

    @Test
    void answersAreGradedWithTheRubricVersionCurrentWhenTheAttemptStarted() throws Exception {
        var invite = TestData.invitation(1);
        api(invite, "/start", Map.of(), "POST");
        long pinned = TestData.answers(invite).get(0).rubricVersion.id;
        long edited = TestData.newVersion(invite.questionIds().get(0), "Describe overfitting in your own words.");
        api(invite, "/answers/q01", Map.of("text", STRONG, "revision", 1), "PUT");

        api(invite, "/submit", Map.of(), "POST");

        assertThat(edited).isNotEqualTo(pinned);
        assertThat(awaitGrades(invite, 1)).extracting(Stored::rubricVersionId).containsExactly(pinned);
    }

    @Test
    void gradingAnAttemptAgainAddsNoSecondGrade() throws Exception {
        var invite = TestData.invitation(1);
        api(invite, "/start", Map.of(), "POST");
        api(invite, "/submit", Map.of(), "POST");
        var graded = awaitGrades(invite, 1);

        grading.gradeClaimed(graded.get(0).answerId(), "another-instance");

        assertThat(grades(invite)).hasSize(1);
    }
}
