package org.assay.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import org.assay.support.WebSession;

/** Behind a TLS proxy whose forwarded headers are trusted, every cookie is Secure; over plain HTTP it cannot be. */
@QuarkusTest
@TestProfile(SecureCookiesTest.BehindTlsProxy.class)
class SecureCookiesTest {

    public static class BehindTlsProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Test
    void everyCookieSetOverTlsIsSecureAndTheFormTokenStaysOnThisSite() {
        var page = given().header("X-Forwarded-Proto", "https").get("/login");
        var login = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .contentType("application/x-www-form-urlencoded").formParam("j_username", WebSession.ADMIN)
                .formParam("j_password", WebSession.ADMIN_PASSWORD).post("/j_security_check");

        assertThat(setCookie(page, "csrf-token")).contains("; Secure").containsIgnoringCase("SameSite=Strict");
        assertThat(setCookie(login, "assay-session")).contains("; Secure");
        assertThat(setCookie(login, "assay-session-epoch")).contains("; Secure");

        // A cookie set as a header by a resource: where to return after signing in
        var returnTo = given().redirects().follow(false).header("X-Forwarded-Proto", "https").get("/admin/users");
        assertThat(setCookie(returnTo, "quarkus-redirect-location")).contains("; Secure");
    }

    @Test
    void overPlainHttpCookiesAreNotSecureButTheFormTokenStaysOnThisSite() {
        var page = given().get("/login");

        assertThat(setCookie(page, "csrf-token")).doesNotContain("Secure").containsIgnoringCase("SameSite=Strict");
    }

    private static List<String> cookies(Response response) {
        return response.headers().getValues("Set-Cookie");
    }

    private static String setCookie(Response response, String name) {
        return cookies(response).stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies(response)));
    }
}
