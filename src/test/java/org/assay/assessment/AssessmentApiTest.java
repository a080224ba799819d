package org.assay.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.account.Role;
import org.assay.session.AttemptStatus;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

@QuarkusTest
class AssessmentApiTest {

    private static final String TITLE = "Platform engineer screen";
    private static final String CANDIDATE = "Grace Hopper";
    private static final long UNKNOWN_ID = 987_654_321L;

    @Test
    void createsAssessmentAndInvitationWithBasicAuth() {
        var created = Api.asAdmin().body(Map.of("title", TITLE, "bank", Fixtures.BANK,
                "questions", List.of("q06", "q01"), "timeLimitMinutes", 25)).post("/api/assessments");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Api.json(created).getLong("id");

        var invited = Api.asAdmin().body(Map.of("candidateName", CANDIDATE, "candidateEmail", "grace@example.org"))
                .post("/api/assessments/" + id + "/invitations");

        assertThat(invited.statusCode()).isEqualTo(201);
        var link = Api.json(invited);
        var token = link.getString("token");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(link.getString("url")).endsWith("/t/" + token);
        var stored = QuarkusTransaction.requiringNew().call(() -> Invitation.<Invitation>findById(
                link.getLong("id")).tokenHash);
        assertThat(stored).isEqualTo(InvitationService.hashToken(token)).doesNotContain(token);

        var assessment = Api.json(Api.asAdmin().get("/api/assessments/" + id));
        assertThat(assessment.getList("questions.qid")).containsExactly("q06", "q01");
        assertThat(assessment.getInt("timeLimitMinutes")).isEqualTo(25);

        var invitation = Api.json(Api.asAdmin().get("/api/invitations/" + link.getLong("id")));
        assertThat(invitation.getString("status")).isEqualTo("NOT_STARTED");
        assertThat(invitation.getString("candidateName")).isEqualTo(CANDIDATE);
        assertThat(invitation.getMap("results")).isNull();
    }

    @Test
    void submittedInvitationReportsAutomaticAndFinalScores() {
        long assessment = Fixtures.assessment(TITLE, List.of("q01", "q02"));
        long invitation = Fixtures.invitation(assessment, CANDIDATE);
        long attempt = Fixtures.attempt(invitation, AttemptStatus.SUBMITTED, List.of("First answer", "Second"));
        Fixtures.grade(attempt, 1, 6.0, List.of());
        long second = Fixtures.grade(attempt, 2, 2.0, List.of("SHORT"));
        Fixtures.override(second, 5.0);

        var body = Api.json(Api.asAdmin().get("/api/invitations/" + invitation));

        assertThat(body.getString("status")).isEqualTo("SUBMITTED");
        assertThat(body.getDouble("results.total")).isEqualTo(11.0);
        assertThat(body.getDouble("results.automaticTotal")).isEqualTo(8.0);
        assertThat(body.getDouble("results.max")).isEqualTo(20.0);
        assertThat(body.getList("results.answers.qid")).containsExactly("q01", "q02");
        assertThat(body.getList("results.answers.text")).containsExactly("First answer", "Second");
        assertThat(body.getDouble("results.answers[1].score")).isEqualTo(5.0);
        assertThat(body.getDouble("results.answers[1].automaticScore")).isEqualTo(2.0);
        assertThat(body.getBoolean("results.answers[1].overridden")).isTrue();
        assertThat(body.getList("results.answers[1].flags")).containsExactly("SHORT");
        assertThat(body.getLong("results.answers[0].answerId")).isPositive();
    }

    @Test
    void blindAssessmentHidesTheCandidateFromInterviewers() {
        var created = Api.asAdmin().body(Map.of("title", TITLE, "bank", Fixtures.BANK, "questions", List.of("q03"),
                "blindReview", true)).post("/api/assessments");
        long invitation = Fixtures.invitation(Api.json(created).getLong("id"), CANDIDATE);
        var interviewer = TestUsers.create(Role.interviewer);

        var seen = Api.json(Api.as(interviewer, TestUsers.PASSWORD).get("/api/invitations/" + invitation));

        assertThat(seen.getString("candidateName")).doesNotContain("Grace").isEqualTo("Candidate " + invitation);
        assertThat(seen.getString("candidateEmail")).isNull();
        assertThat(Api.as(interviewer, TestUsers.PASSWORD).get("/api/assessments/" + Api.json(created).getLong("id"))
                .statusCode()).isEqualTo(403);
        assertThat(Api.json(Api.asAdmin().get("/api/invitations/" + invitation)).getString("candidateName"))
                .isEqualTo(CANDIDATE);
    }

    @Test
    void invalidAssessmentGets422WithOneMessagePerField() {
        var response = Api.asAdmin().body(Map.of("title", "", "bank", Fixtures.BANK, "questions",
                List.of("q01", "q99"), "timeLimitMinutes", 0)).post("/api/assessments");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = Api.json(response);
        assertThat(problem.getList("errors.field")).containsExactly("title", "questions", "timeLimitMinutes");
        assertThat(problem.getString("errors.find { it.field == 'questions' }.message")).contains("q99");
    }

    @Test
    void invalidInvitationGets422() {
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var response = Api.asAdmin().body(Map.of("candidateName", CANDIDATE, "candidateEmail", "not-an-address",
                "validDays", 100_000)).post("/api/assessments/" + assessment + "/invitations");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Api.json(response).getList("errors.field")).containsExactly("candidateEmail", "validDays");
    }

    @Test
    void unknownIdsGet404ProblemJson() {
        for (var response : List.of(Api.asAdmin().get("/api/assessments/" + UNKNOWN_ID),
                Api.asAdmin().get("/api/invitations/" + UNKNOWN_ID),
                Api.asAdmin().body(Map.of("candidateName", CANDIDATE, "candidateEmail", "g@example.org"))
                        .post("/api/assessments/" + UNKNOWN_ID + "/invitations"))) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(Api.json(response).getInt("status")).isEqualTo(404);
            assertThat(Api.json(response).getString("detail")).contains(Long.toString(UNKNOWN_ID));
        }
    }

    @Test
    void malformedJsonGets400ProblemJson() {
        var response = Api.asAdmin().body("{\"title\": ").post("/api/assessments");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void missingOrWrongCredentialsGet401WithBasicChallenge() {
        var anonymous = given().accept("application/json").get("/api/invitations/1");
        var wrong = Api.as("admin", "wrong-password").get("/api/invitations/1");

        for (var response : List.of(anonymous, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void interviewerMayNotCreateAssessments() {
        var interviewer = TestUsers.create(Role.interviewer);
        var response = Api.as(interviewer, TestUsers.PASSWORD).body(Map.of("title", TITLE, "bank", Fixtures.BANK,
                "questions", List.of("q01"))).post("/api/assessments");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void openApiHealthAndMetricsAreServed() {
        var openapi = given().accept("application/json").get("/q/openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(Api.json(openapi).getMap("paths")).containsKeys("/api/assessments",
                "/api/assessments/{id}/invitations", "/api/invitations/{id}");
        assertThat(Api.json(given().get("/q/health")).getString("status")).isEqualTo("UP");
        assertThat(given().auth().preemptive().basic(WebSession.ADMIN, WebSession.ADMIN_PASSWORD).get("/q/metrics")
                .statusCode()).isEqualTo(200);
    }
}
