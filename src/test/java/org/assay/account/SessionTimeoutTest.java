package org.assay.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.WebSession;

/** A session ends after {@code quarkus.http.auth.form.timeout} without a request, and each request extends it. */
@QuarkusTest
@TestProfile(SessionTimeoutTest.ShortSession.class)
class SessionTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** Well inside the timeout, so a slow request cannot make a kept-alive session look idle. */
    private static final Duration ACTIVE_PAUSE = Duration.ofMillis(1500);
    private static final Duration IDLE_PAUSE = TIMEOUT.plusSeconds(1);
    private static final String PAGE = "/review";
    private static final String API = "/api/banks/" + Fixtures.BANK + "/questions/q01/rubric";

    /** A short timeout; the cookie is renewed on every request after a short interval, so only idleness ends it. */
    public static class ShortSession implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.form.timeout", TIMEOUT.toString(),
                    "quarkus.http.auth.form.new-cookie-interval", "PT0.5S");
        }
    }

    @Test
    void anIdleSessionEndsAndTheNextPageAsksToSignInAgain() throws InterruptedException {
        var admin = WebSession.admin();
        assertThat(admin.get(PAGE).statusCode()).isEqualTo(200);
        assertThat(admin.get(API).statusCode()).isEqualTo(200);

        Thread.sleep(IDLE_PAUSE.toMillis());
        var page = admin.get(PAGE);
        var api = admin.get(API);

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(page)).isEqualTo("/login");
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void requestsWithinTheTimeoutKeepTheSessionAliveLongerThanTheTimeout() throws InterruptedException {
        var admin = WebSession.admin();
        var started = System.nanoTime();

        while (Duration.ofNanos(System.nanoTime() - started).compareTo(TIMEOUT.plus(ACTIVE_PAUSE)) < 0) {
            Thread.sleep(ACTIVE_PAUSE.toMillis());
            assertThat(admin.get(PAGE).statusCode()).isEqualTo(200);
        }
    }
}
