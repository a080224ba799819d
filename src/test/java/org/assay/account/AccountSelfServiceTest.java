package org.assay.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Api;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** Changing one's password, an admin's set-password link and role change, the last admin, a refused sign-in. */
@QuarkusTest
class AccountSelfServiceTest {

    private static final String NEW_PASSWORD = "a-much-longer-new-secret";

    @Test
    void userChangesOwnPasswordAndTheirOtherSessionsEnd() {
        var name = TestUsers.create(Role.interviewer);
        var here = WebSession.signedIn(name, TestUsers.PASSWORD);
        var elsewhere = WebSession.signedIn(name, TestUsers.PASSWORD);

        var response = here.submit("/account/password", "/account/password", Map.of("currentPassword",
                TestUsers.PASSWORD, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(here.get("/review").statusCode()).isEqualTo(200);
        assertThat(Html.locationPath(elsewhere.get("/review"))).isEqualTo("/login");
        assertThat(Html.locationPath(WebSession.anonymous().signIn(name, TestUsers.PASSWORD)))
                .isEqualTo("/login");
        assertThat(Html.locationPath(WebSession.anonymous().signIn(name, NEW_PASSWORD))).isEqualTo("/");
    }

    @Test
    void wrongCurrentPasswordOrMismatchIsRefusedWithReasons() {
        var name = TestUsers.create(Role.interviewer);
        var session = WebSession.signedIn(name, TestUsers.PASSWORD);

        var response = session.submit("/account/password", "/account/password", Map.of("currentPassword",
                "not-it-at-all", "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD + "x"));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(Html.text(page, "#currentPassword-error")).isEqualTo("This is not your current password.");
        assertThat(Html.text(page, "#confirmPassword-error")).isEqualTo("The two passwords differ.");
        assertThat(Html.locationPath(WebSession.anonymous().signIn(name, TestUsers.PASSWORD))).isEqualTo("/");
    }

    @Test
    void adminResetGivesAOneTimeSetPasswordLink() {
        var name = TestUsers.create(Role.interviewer);
        var admin = WebSession.admin();
        long id = TestUsers.find(name).id;

        var reset = admin.submit("/admin/users", "/admin/users/" + id + "/reset-password", Map.of());

        assertThat(reset.statusCode()).isEqualTo(200);
        var link = Html.text(Html.parse(reset), "#reset-link");
        assertThat(link).matches("https?://[^/]+/password/[A-Za-z0-9_-]{43}");
        var path = link.substring(link.indexOf("/password/"));
        var user = WebSession.anonymous();
        assertThat(Html.text(user.page(path), "h1")).isEqualTo("Set a password for " + name);
        var set = user.submit(path, path, Map.of("newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        assertThat(Html.locationPath(set)).isEqualTo("/login");
        assertThat(Html.locationPath(WebSession.anonymous().signIn(name, NEW_PASSWORD))).isEqualTo("/");
        assertThat(WebSession.anonymous().get(path).statusCode()).isEqualTo(410);
    }

    @Test
    void adminChangesARoleWhichAppliesAtOnce() {
        var name = TestUsers.create(Role.interviewer);
        var user = WebSession.signedIn(name, TestUsers.PASSWORD);
        assertThat(user.get("/admin/users").statusCode()).isEqualTo(403);

        var response = WebSession.admin().submit("/admin/users", "/admin/users/" + TestUsers.find(name).id
                + "/role", Map.of("role", "admin"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(user.get("/admin/users").statusCode()).isEqualTo(200);
        assertThat(TestUsers.find(name).role).isEqualTo(Role.admin);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDisabled() {
        var others = QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>list(
                "role = ?1 and enabled = true and username <> ?2", Role.admin, WebSession.ADMIN).stream()
                .map(u -> u.id).toList());
        setEnabled(others, false);
        try {
            var admin = WebSession.admin();
            long self = TestUsers.find(WebSession.ADMIN).id;

            var demote = admin.submit("/admin/users", "/admin/users/" + self + "/role", Map.of("role",
                    "interviewer"));

            assertThat(demote.statusCode()).isEqualTo(422);
            assertThat(Html.text(Html.parse(demote), ".error-summary")).contains("last active admin");
            var api = Api.asAdmin().body(Map.of("role", "interviewer")).post("/api/users/" + self + "/role");
            assertThat(api.statusCode()).isEqualTo(422);
            assertThat(Api.json(api).getString("detail")).contains("last active admin");
            assertThat(TestUsers.find(WebSession.ADMIN).role).isEqualTo(Role.admin);
        } finally {
            setEnabled(others, true);
        }
    }

    @Test
    void aRefusedSignInKeepsTheTypedUsername() {
        var visitor = WebSession.anonymous();
        var name = TestUsers.create(Role.interviewer);

        var refused = visitor.signIn(name, "wrong-password-here");

        assertThat(Html.locationPath(refused)).isEqualTo("/login");
        var form = visitor.page("/login?error=true");
        assertThat(form.select("#j_username").attr("value")).isEqualTo(name);
        assertThat(form.select("#j_password").hasAttr("autofocus")).isTrue();
        assertThat(visitor.page("/login").select("#j_username").attr("value")).isEmpty();
    }

    @Test
    void accountsThroughTheApi() {
        var name = TestUsers.create(Role.interviewer);
        long id = TestUsers.find(name).id;

        var users = Api.asAdmin().get("/api/users");
        assertThat(Api.json(users).getList("username", String.class)).contains(name, WebSession.ADMIN);
        assertThat(users.asString()).doesNotContain("$2a$").doesNotContain("password");
        var promoted = Api.json(Api.asAdmin().body(Map.of("role", "admin")).post("/api/users/" + id + "/role"));
        assertThat(promoted.getString("role")).isEqualTo("admin");
        var reset = Api.json(Api.asAdmin().post("/api/users/" + id + "/password-reset"));
        assertThat(reset.getString("url")).contains("/password/");
        var changed = Api.as(name, TestUsers.PASSWORD).body(Map.of("currentPassword", TestUsers.PASSWORD,
                "newPassword", NEW_PASSWORD)).post("/api/account/password");
        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(Api.as(name, NEW_PASSWORD).get("/api/users").statusCode()).isEqualTo(200);
        var wrong = Api.as(name, NEW_PASSWORD).body(Map.of("currentPassword", "nope", "newPassword",
                NEW_PASSWORD)).post("/api/account/password");
        assertThat(wrong.statusCode()).isEqualTo(422);
    }

    private static void setEnabled(List<Long> ids, boolean enabled) {
        if (!ids.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> AppUser.update("enabled = ?1 where id in ?2", enabled, ids));
        }
    }
}
