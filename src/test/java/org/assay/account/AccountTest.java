package org.assay.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;
import org.assay.web.AssayConfig;

@QuarkusTest
class AccountTest {

    private static final String NEW_PASSWORD = "a-long-enough-secret";

    @Inject
    AssayConfig config;

    @Test
    void locksAccountAfterTooManyFailedSignInsEvenForTheRightPassword() {
        var username = TestUsers.create(Role.interviewer);
        var visitor = WebSession.anonymous();
        for (int i = 0; i < config.limits().failedLogins(); i++) {
            assertThat(Html.locationQuery(visitor.signIn(username, "wrong-" + i))).isEqualTo("error=true");
        }

        var withRightPassword = visitor.signIn(username, TestUsers.PASSWORD);

        assertThat(Html.locationPath(withRightPassword)).isEqualTo("/login");
        assertThat(TestUsers.find(username).lockedUntil).isAfter(Instant.now());
    }

    @Test
    void guessesSentInParallelStillLockTheAccount() throws Exception {
        var username = TestUsers.create(Role.interviewer);
        int guesses = 30;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var sent = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < guesses; i++) {
                var guess = "wrong-" + i;
                sent.add(pool.submit(() -> {
                    start.await();
                    return io.restassured.RestAssured.given().auth().preemptive().basic(username, guess)
                            .get("/api/assessments/1").statusCode();
                }));
            }
            start.countDown();
            for (var response : sent) {
                assertThat(response.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }

        var user = TestUsers.find(username);
        assertThat(user.lockedUntil).as("locked after the guesses").isAfter(Instant.now());
        assertThat(Html.locationPath(WebSession.anonymous().signIn(username, TestUsers.PASSWORD)))
                .as("the right password while locked").isEqualTo("/login");
    }

    @Test
    void signInWorksAgainOnceTheLockHasEnded() {
        var username = TestUsers.create(Role.interviewer);
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("lockedUntil = ?1 where username = ?2",
                Instant.now().minusSeconds(1), username));

        assertThat(Html.locationPath(WebSession.anonymous().signIn(username, TestUsers.PASSWORD))).isEqualTo("/");
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLock() {
        var username = TestUsers.create(Role.interviewer);
        var visitor = WebSession.anonymous();
        for (int i = 0; i < config.limits().failedLogins() - 1; i++) {
            visitor.signIn(username, "wrong-" + i);
        }
        assertThat(Html.locationPath(visitor.signIn(username, TestUsers.PASSWORD))).isEqualTo("/");
        assertThat(TestUsers.find(username).failedLogins).isZero();
    }

    @Test
    void signOutEndsTheSession() {
        var session = WebSession.signedIn(TestUsers.create(Role.interviewer), TestUsers.PASSWORD);

        var response = session.submit("/", "/logout", Map.of());

        assertThat(Html.locationPath(response)).isEqualTo("/login");
        assertThat(Html.text(session.page("/login"), ".flash")).isEqualTo("You are signed out.");
        assertThat(Html.locationPath(session.get("/"))).isEqualTo("/login");
    }

    @Test
    void adminAddsAnInterviewerWhoCanThenSignIn() {
        var admin = WebSession.admin();
        var username = TestUsers.uniqueName("added");

        var response = admin.submit("/admin/users", "/admin/users", Map.of("username", username,
                "displayName", "Ada Lovelace", "role", "interviewer", "password", NEW_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(303);
        var list = admin.page("/admin/users");
        assertThat(Html.text(list, ".flash")).isEqualTo("Added interviewer " + username + ".");
        assertThat(list.select("tbody td:first-child").eachText()).contains(username);
        var home = WebSession.signedIn(username, NEW_PASSWORD).page("/");
        assertThat(Html.text(home, "nav .who")).isEqualTo(username);
    }

    @Test
    void disabledInterviewerCannotSignInAndLosesOpenSession() {
        var username = TestUsers.create(Role.interviewer);
        var openSession = WebSession.signedIn(username, TestUsers.PASSWORD);
        var id = TestUsers.find(username).id;

        var response = WebSession.admin().submit("/admin/users", "/admin/users/" + id + "/disable", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(TestUsers.find(username).enabled).isFalse();
        assertThat(Html.locationPath(WebSession.anonymous().signIn(username, TestUsers.PASSWORD)))
                .isEqualTo("/login");
        assertThat(Html.locationPath(openSession.get("/"))).isEqualTo("/login");
    }

    @Test
    void enablingADisabledAccountAgainDoesNotBringBackItsOldSession() {
        var username = TestUsers.create(Role.interviewer);
        var openSession = WebSession.signedIn(username, TestUsers.PASSWORD);
        var id = TestUsers.find(username).id;
        var admin = WebSession.admin();

        admin.submit("/admin/users", "/admin/users/" + id + "/disable", Map.of());
        admin.submit("/admin/users", "/admin/users/" + id + "/enable", Map.of());

        assertThat(TestUsers.find(username).enabled).isTrue();
        assertThat(Html.locationPath(openSession.get("/review"))).isEqualTo("/login");
        assertThat(WebSession.signedIn(username, TestUsers.PASSWORD).get("/review").statusCode()).isEqualTo(200);
    }

    @Test
    void invalidNewUserKeepsTypedValuesAndShowsFieldErrors() {
        var admin = WebSession.admin();
        var shortPassword = "x".repeat(config.limits().passwordMinLength() - 1);

        var response = admin.submit("/admin/users", "/admin/users", Map.of("username", "Bad Name!",
                "displayName", "Grace Hopper", "role", "interviewer", "password", shortPassword));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(page.select("#username").attr("value")).isEqualTo("Bad Name!");
        assertThat(page.select("#displayName").attr("value")).isEqualTo("Grace Hopper");
        assertThat(page.select("#password").attr("value")).isEmpty();
        assertThat(Html.text(page, "#username-error")).contains("lower-case letters");
        assertThat(Html.text(page, "#password-error"))
                .isEqualTo("Use at least " + config.limits().passwordMinLength() + " characters.");
    }

    @Test
    void takenUsernameIsRefused() {
        var existing = TestUsers.create(Role.interviewer);

        var response = WebSession.admin().submit("/admin/users", "/admin/users", Map.of("username", existing,
                "role", "interviewer", "password", NEW_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(response), "#username-error")).isEqualTo("This username is taken.");
    }
}
