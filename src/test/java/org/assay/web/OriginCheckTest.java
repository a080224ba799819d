package org.assay.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.assay.account.Role;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** A page elsewhere cannot make a signed-in browser change anything, whatever the body, nor sign it in. */
@QuarkusTest
class OriginCheckTest {

    private static String ownOrigin() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void aPostFromAnotherPortOfThisHostIsRefusedWhateverItsBody() {
        var victim = TestUsers.create(Role.interviewer);
        long id = TestUsers.find(victim).id;
        var admin = WebSession.admin();

        for (var contentType : new String[] { "text/plain", "application/x-www-form-urlencoded" }) {
            var response = admin.request().header("Origin", "http://localhost:1").contentType(contentType)
                    .body("").post("/admin/users/" + id + "/disable");
            assertThat(response.statusCode()).as(contentType).isEqualTo(403);
            assertThat(response.asString()).contains("came from another site");
        }
        var noOrigin = admin.request().header("Sec-Fetch-Site", "same-site").contentType("text/plain").body("")
                .post("/admin/users/" + id + "/disable");
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(TestUsers.find(victim).enabled).isTrue();
    }

    @Test
    void signingInFromAnotherSiteIsRefused() {
        var response = given().redirects().follow(false).header("Origin", "https://attacker.example")
                .contentType("application/x-www-form-urlencoded").formParam("j_username", WebSession.ADMIN)
                .formParam("j_password", WebSession.ADMIN_PASSWORD).post("/j_security_check");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.getCookie("assay-session")).isNull();
    }

    @Test
    void theSameOriginAndScriptsWithoutOriginStillWork() {
        var signedIn = given().redirects().follow(false).header("Origin", ownOrigin())
                .contentType("application/x-www-form-urlencoded").formParam("j_username", WebSession.ADMIN)
                .formParam("j_password", WebSession.ADMIN_PASSWORD).post("/j_security_check");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.getCookie("assay-session")).isNotBlank();

        var api = given().auth().preemptive().basic(WebSession.ADMIN, WebSession.ADMIN_PASSWORD)
                .contentType("application/json").body("{}").post("/api/assessments");
        assertThat(api.statusCode()).as("a script's request, without Origin").isEqualTo(422);
    }

    @Test
    void aPublicAddressBehindAProxyCountsAsThisServer() {
        var check = new OriginCheck(config("https://assay.example.org"));

        assertThat(check.sameOrigin("https://assay.example.org", "10.0.0.5:8080", null)).isTrue();
        assertThat(check.sameOrigin("https://assay.example.org", "assay.example.org", null)).isTrue();
        assertThat(check.sameOrigin("https://evil.example.org", "assay.example.org", null)).isFalse();
        assertThat(check.sameOrigin("http://assay.example.org:9999", "assay.example.org", null))
                .as("another port of the host that serves Assay on the default one").isFalse();
        assertThat(check.sameOrigin("http://[::1]:8080", "[::1]:8080", null)).isTrue();
        assertThat(check.sameOrigin("null", "assay.example.org", "cross-site")).isFalse();
        assertThat(check.sameOrigin("null", "assay.example.org", "same-origin")).as("a form under no-referrer")
                .isTrue();
        assertThat(check.sameOrigin(null, "assay.example.org", "cross-site")).isFalse();
        assertThat(check.sameOrigin(null, "assay.example.org", "same-origin")).isTrue();
    }

    private static AssayConfig config(String baseUrl) {
        return (AssayConfig) java.lang.reflect.Proxy.newProxyInstance(AssayConfig.class.getClassLoader(),
                new Class<?>[] { AssayConfig.class }, (proxy, method, args) -> method.getName().equals("baseUrl")
                        ? java.util.Optional.of(baseUrl) : null);
    }
}
