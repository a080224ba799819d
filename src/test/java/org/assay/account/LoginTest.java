package org.assay.account;

import static org.assertj.core.api.Assertions.assertThat;

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
}
