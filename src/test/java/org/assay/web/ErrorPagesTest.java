package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.assay.account.Role;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

@QuarkusTest
class ErrorPagesTest {

    /** The largest form field Quarkus accepts; the application sets it to fit the longest answer or rubric. */
    private static final int MAX_FORM_FIELD_BYTES = (int) ConfigProvider.getConfig()
            .getValue("quarkus.http.limits.max-form-attribute-size", MemorySize.class).asLongValue();

    @Test
    void unknownPageGetsTheFriendlyNotFoundPage() {
        var response = WebSession.admin().get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
        var page = Html.parse(response);
        assertThat(Html.text(page, "h1")).isEqualTo("Not found");
        assertThat(page.text()).doesNotContain("Exception", "at org.");
    }

    @Test
    void unknownApiPathGetsProblemJson() {
        var response = WebSession.anonymous().get("/api/no-such-thing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var body = JsonPath.from(response.asString());
        assertThat(body.getInt("status")).isEqualTo(404);
        assertThat(body.getString("title")).isEqualTo("Not found");
        assertThat(body.getString("type")).isNotBlank();
    }

    @Test
    void formWithoutCsrfTokenGetsTheBadRequestPage() {
        var session = WebSession.admin();
        var response = session.post("/admin/users", Map.of("username", "nocsrf", "role", "interviewer",
                "password", "long-enough-password"));
        assertThat(response.statusCode()).isEqualTo(400);
        var page = Html.parse(response);
        assertThat(Html.text(page, "h1")).isEqualTo("Bad request");
        assertThat(Html.text(page, ".detail")).contains("reload the page");
        assertThat(TestUsers.exists("nocsrf")).isFalse();
    }

    @Test
    void formFieldOverTheSizeLimitGetsTheTooLargePage() {
        var session = WebSession.admin();
        var oversized = "x".repeat(MAX_FORM_FIELD_BYTES + 1);

        var response = session.submit("/admin/users", "/admin/users", Map.of("username", "big",
                "displayName", oversized, "role", "interviewer", "password", "long-enough-password"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Html.text(Html.parse(response), "h1")).isEqualTo("Too large");
    }

    @Test
    void interviewerGetsForbiddenPageOnAdminPages() {
        var interviewer = TestUsers.create(Role.interviewer);
        var session = WebSession.signedIn(interviewer, TestUsers.PASSWORD);
        var response = session.get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Html.text(Html.parse(response), "h1")).isEqualTo("Not allowed");
        assertThat(Html.parse(session.get("/")).select("nav a").eachAttr("href")).doesNotContain("/admin/users");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        var response = WebSession.anonymous().get("/login");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
