package org.assay.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.assay.account.Role;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** What a visitor can read or plant without an account: metrics, flash messages, invitation addresses. */
@QuarkusTest
class ExposureTest {

    @Test
    void metricsAreForAdminsOnlyWhileHealthStaysOpen() {
        var anonymous = given().redirects().follow(false).get("/q/metrics");
        var interviewer = given().auth().preemptive().basic(TestUsers.create(Role.interviewer), TestUsers.PASSWORD)
                .get("/q/metrics");
        var admin = given().auth().preemptive().basic(WebSession.ADMIN, WebSession.ADMIN_PASSWORD).get("/q/metrics");

        assertThat(anonymous.statusCode()).isIn(302, 401);
        assertThat(anonymous.asString()).doesNotContain("jvm_");
        assertThat(interviewer.statusCode()).isEqualTo(403);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.asString()).contains("jvm_memory");
        assertThat(WebSession.admin().get("/q/metrics").statusCode()).isEqualTo(200);
        assertThat(given().get("/q/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aFlashCookieThisServerDidNotSignIsNotShown() {
        var page = Html.parse(given().cookie(FlashFilters.COOKIE, "Your+account+is+suspended%2C+call+555-0100")
                .get("/login"));

        assertThat(page.select(".flash")).isEmpty();
        assertThat(page.text()).doesNotContain("suspended");
    }

    @Test
    void aFlashMessageTheServerSetIsShownOnce() {
        var session = WebSession.admin();
        session.submit("/", "/logout", Map.of());

        assertThat(Html.text(session.page("/login"), ".flash")).isEqualTo("You are signed out.");
        assertThat(session.page("/login").select(".flash")).isEmpty();
    }

    @Test
    void invitationLinksIgnoreTheHostHeader() {
        var created = Api.asAdmin().body(Map.of("title", "Host header", "bank", Fixtures.BANK,
                "questions", List.of("q01"))).post("/api/assessments");
        long id = Api.json(created).getLong("id");

        var invited = Api.asAdmin().header("Host", "attacker.example").header("X-Forwarded-Host", "attacker.example")
                .body(Map.of("candidateName", "Hal Host", "candidateEmail", "hal@example.org"))
                .post("/api/assessments/" + id + "/invitations");

        assertThat(invited.statusCode()).isEqualTo(201);
        assertThat(Api.json(invited).getString("url")).startsWith("http://localhost:" + RestAssured.port + "/t/")
                .doesNotContain("attacker");
    }
}
