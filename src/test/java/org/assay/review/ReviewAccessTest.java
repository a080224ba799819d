package org.assay.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.grading.ScoreOverride;
import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class ReviewAccessTest {

    @Test
    void anonymousVisitorIsSentToSignInFromReviewPages() {
        var built = ReviewData.submitted("Anon Visitor", false);
        for (var path : new String[] { "/review", built.transcript(), built.transcript() + "/print" }) {
            var response = WebSession.anonymous().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(Html.locationPath(response)).as(path).isEqualTo("/login");
        }
    }

    @Test
    void anonymousApiCallsGetUnauthorizedProblems() {
        var built = ReviewData.submitted("Anon Api", false);
        for (var path : new String[] { "/api/assessments/" + built.assessmentId() + "/results.csv",
                "/api/assessments/" + built.assessmentId() + "/results",
                "/api/attempts/" + built.attemptId() + "/transcript" }) {
            var response = given().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        var post = given().contentType("application/json").body(Map.of("score", 1, "reason", "x"))
                .post("/api/answers/" + built.answerIds().get(0) + "/override");
        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ScoreOverride.count("answer.id",
                built.answerIds().get(0)))).isZero();
    }

    @Test
    void interviewerReachesReviewButNotAdminPages() {
        var session = ReviewData.interviewer("ivy");
        var home = session.page("/");
        assertThat(home.select("nav a").eachAttr("href")).contains("/review").doesNotContain("/admin/users");
        assertThat(session.get("/review").statusCode()).isEqualTo(200);

        var admin = session.get("/admin/users");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(Html.text(Html.parse(admin), "h1")).isEqualTo("Not allowed");
    }

    @Test
    void interviewerCanUseTheApiWithBasicAuthentication() {
        var built = ReviewData.submitted("Basic Bea", false);
        ReviewData.interviewer("ivy");
        var response = given().auth().preemptive().basic("ivy", ReviewData.PASSWORD)
                .get("/api/attempts/" + built.attemptId() + "/transcript");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void overrideFormWithoutTheCsrfTokenIsRejectedAndChangesNothing() {
        var built = ReviewData.submitted("Csrf Cass", false);
        var session = ReviewData.interviewer("ivy");
        var response = session.post(OverrideTest.action(built, 0), Map.of("score", "9", "reason", "Forged"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ScoreOverride.count("answer.id",
                built.answerIds().get(0)))).isZero();
    }
}
