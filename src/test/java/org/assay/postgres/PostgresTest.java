package org.assay.postgres;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.PostgresAvailable;
import org.assay.support.PostgresProfile;
import org.assay.support.WebSession;

/** The persistence-heavy paths on PostgreSQL: migrations, import, assessments, invitations and a whole attempt. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class PostgresTest {

    private static final String ANSWER = """
            Self-attention lets every token compare its query with the keys of all other tokens, turns the scores
            into weights with a softmax and takes a weighted sum of the values.""";

    private static final Duration GRADING_WAIT = Duration.ofMinutes(3);
    private static final long POLL_MILLIS = 500;

    @Inject
    EntityManager entityManager;

    @Test
    void migratesTheSchemaAndImportsTheBankOnPostgres() {
        var database = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select current_database() || '/' || current_schema()").getSingleResult());
        assertThat(database).isEqualTo("test/" + PostgresProfile.SCHEMA);
        var questions = QuarkusTransaction.requiringNew().call(() -> Question.listByBank(
                QuestionBank.findByKey(Fixtures.BANK).orElseThrow()).size());
        assertThat(questions).isEqualTo(15);
    }

    @Test
    void adminSignsInAndCreatesAnAssessmentThroughThePages() {
        var admin = WebSession.admin();
        var response = admin.submit("/admin/assessments/new", "/admin/assessments", Map.of("title",
                "Postgres page check", "bank", Fixtures.BANK, "questions", "q06", "timeLimitMinutes", "15"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.text(admin.page(Html.locationPath(response)), "h1")).isEqualTo("Postgres page check");
    }

    @Test
    void candidateTakesTheTestAndTheResultsAreGraded() throws InterruptedException {
        long assessment = Fixtures.assessment("Postgres full attempt", List.of("q06", "q01"));
        var invited = Api.json(Api.asAdmin().body(Map.of("candidateName", "Edsger Dijkstra",
                "candidateEmail", "ed@example.org")).post("/api/assessments/" + assessment + "/invitations"));
        var token = invited.getString("token");
        var candidate = WebSession.anonymous();

        var start = candidate.submit("/t/" + token, "/t/" + token + "/start", Map.of());
        assertThat(Html.locationPath(start)).isEqualTo("/t/" + token + "/q/1");
        var saved = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("text", ANSWER, "revision", 1)).put("/api/t/" + token + "/answers/q06");
        assertThat(saved.statusCode()).isEqualTo(200);
        var submitted = candidate.submit("/t/" + token + "/submit", "/t/" + token + "/submit", Map.of());
        assertThat(Html.locationPath(submitted)).isEqualTo("/t/" + token + "/done");

        var results = gradedResults(invited.getLong("id"));
        assertThat(results.getString("status")).isEqualTo("SUBMITTED");
        assertThat(results.getList("results.answers.qid")).containsExactly("q06", "q01");
        assertThat(results.getDouble("results.answers[0].score")).isPositive();
        assertThat(results.getDouble("results.answers[1].score")).isZero();
        assertThat(results.getDouble("results.max")).isEqualTo(20.0);
    }

    @Test
    void aNulCharacterInAnAnswerIsDroppedAndInANameIsRefusedClearly() {
        long assessment = Fixtures.assessment("Postgres NUL check", List.of("q06"));
        var refused = Api.asAdmin().body(Map.of("candidateName", "Nul\u0000Name", "candidateEmail",
                "nul@example.org")).post("/api/assessments/" + assessment + "/invitations");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("NUL character");

        var token = Api.json(Api.asAdmin().body(Map.of("candidateName", "Nul Free", "candidateEmail",
                "nul@example.org")).post("/api/assessments/" + assessment + "/invitations")).getString("token");
        given().contentType(ContentType.JSON).body("{}").post("/api/t/" + token + "/start").then().statusCode(200);
        var saved = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("text", "Attention\u0000 scores every pair of tokens.", "revision", 1))
                .put("/api/t/" + token + "/answers/q06");

        assertThat(saved.statusCode()).isEqualTo(200);
        var state = Api.json(given().accept(ContentType.JSON).get("/api/t/" + token));
        assertThat(state.getString("answers[0].text")).isEqualTo("Attention scores every pair of tokens.");
    }

    /** Grading follows the submit as soon as the engine has loaded its models, which can take a while at first. */
    private static JsonPath gradedResults(long invitationId) throws InterruptedException {
        var deadline = Instant.now().plus(GRADING_WAIT);
        while (true) {
            var results = Api.json(Api.asAdmin().get("/api/invitations/" + invitationId));
            if (results.get("results.answers[0].score") != null || Instant.now().isAfter(deadline)) {
                return results;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
