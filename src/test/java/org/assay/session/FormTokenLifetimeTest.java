package org.assay.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.assay.support.Html;
import org.assay.support.TestData;
import org.assay.support.WebSession;
import org.assay.web.AssayConfig;

/**
 * A candidate without JavaScript may keep one question page open for the whole time limit; the form token's cookie
 * must still be there when they finally press Submit.
 */
@QuarkusTest
class FormTokenLifetimeTest {

    private static final String CSRF_COOKIE = "csrf-token";
    /** Room for a candidate who opens the page a little before starting, and for the grace period. */
    private static final Duration MARGIN = Duration.ofHours(1);

    @Inject
    AssayConfig config;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age")
    Duration cookieMaxAge;

    @Test
    void theFormTokenCookieOutlivesTheLongestTimeLimit() {
        assertThat(cookieMaxAge).isGreaterThan(longestTest().plus(MARGIN));
    }

    @Test
    void everyQuestionPageRenewsTheFormTokenCookieForLongerThanTheLongestTest() {
        var candidate = new Candidate(TestData.invitation(2));
        assertThat(Html.locationPath(candidate.start())).isEqualTo(candidate.link("/q/1"));

        var first = candidate.open("/q/1");
        var second = candidate.open("/q/2");

        assertThat(cookieMaxAgeOf(first)).isGreaterThan(longestTest().plus(MARGIN));
        assertThat(cookieMaxAgeOf(second)).isGreaterThan(longestTest().plus(MARGIN));
    }

    @Test
    void theLoginPageSetsTheSameLongLivedCookie() {
        var response = WebSession.anonymous().get("/login");

        assertThat(cookieMaxAgeOf(response)).isEqualTo(cookieMaxAge).isGreaterThan(longestTest().plus(MARGIN));
    }

    private Duration longestTest() {
        return Duration.ofMinutes(config.test().maxTimeLimitMinutes()).plus(config.test().grace());
    }

    private static Duration cookieMaxAgeOf(Response response) {
        var cookie = response.getDetailedCookie(CSRF_COOKIE);
        assertThat(cookie).as("Set-Cookie %s on %s", CSRF_COOKIE, response.statusLine()).isNotNull();
        return Duration.ofSeconds(cookie.getMaxAge());
    }
}
