package org.assay.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class LoginTest {

    @Test
    void adminSignsInAndSeesAdminNavigation() {
        var session = WebSession.anonymous();
        var response = session.signIn(WebSession.ADMIN, WebSession.ADMIN_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Html.locationPath(response)).isEqualTo("/");

        var home = session.page("/");
        assertThat(Html.text(home, "nav .who")).isEqualTo(WebSession.ADMIN);
        assertThat(home.select("nav a").eachAttr("href")).contains("/admin/users", "/admin/assessments", "/review");
    }

    @Test
    void wrongPasswordShowsTheLoginFormWithAnError() {
        var session = WebSession.anonymous();
        var response = session.signIn(WebSession.ADMIN, "not-the-password");
        assertThat(Html.locationPath(response)).isEqualTo("/login");

        var page = session.page("/login?" + Html.locationQuery(response));
        assertThat(Html.text(page, "[role=alert] h2")).isEqualTo("Sign-in failed");
        assertThat(session.cookie("assay-session")).isNull();
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        var response = WebSession.anonymous().get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).isEqualTo("/login");
    }

    @Test
    void signingInReturnsToThePageAskedFor() {
        var session = WebSession.anonymous();
        assertThat(Html.locationPath(session.get("/admin/invitations"))).isEqualTo("/login");

        var response = session.signIn(WebSession.ADMIN, WebSession.ADMIN_PASSWORD);

        assertThat(Html.locationPath(response)).isEqualTo("/admin/invitations");
    }

    @Test
    void signingOutEndsTheSessionEvenForACopyOfItsCookies() {
        var session = WebSession.admin();
        var copied = session.copy();
        assertThat(copied.get("/admin/users").statusCode()).isEqualTo(200);

        var out = session.submit("/", "/logout", Map.of());
        assertThat(Html.locationPath(out)).isEqualTo("/login");

        var afterwards = copied.get("/admin/users");
        assertThat(afterwards.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(afterwards)).isEqualTo("/login");
        assertThat(WebSession.admin().get("/admin/users").statusCode()).as("signing in again works").isEqualTo(200);
    }

    @Test
    void aSessionCookieWithoutItsSignedEpochSignsNobodyIn() {
        var session = WebSession.admin();
        var bare = WebSession.anonymous().request().cookie("assay-session", session.cookie("assay-session"))
                .get("/admin/users");
        var forged = WebSession.anonymous().request().cookie("assay-session", session.cookie("assay-session"))
                .cookie("assay-session-epoch", "admin:0.not-signed").get("/admin/users");

        assertThat(bare.statusCode()).isEqualTo(303);
        assertThat(forged.statusCode()).isEqualTo(303);
        assertThat(session.get("/admin/users").statusCode()).isEqualTo(200);
    }
}
