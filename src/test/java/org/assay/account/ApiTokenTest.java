package org.assay.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;
import org.assay.web.Tokens;

/** API tokens: made on the account page or through the API, shown once, stored hashed, revocable, last use noted. */
@QuarkusTest
class ApiTokenTest {

    @Test
    void aTokenMadeOnTheAccountPageIsShownOnceAndStoredHashed() {
        var name = TestUsers.create(Role.admin);
        var session = WebSession.signedIn(name, TestUsers.PASSWORD);

        var response = session.submit("/account", "/account/tokens", Map.of("name", "tracking sync"));

        assertThat(response.statusCode()).isEqualTo(200);
        var token = Html.text(Html.parse(response), "#token-value");
        assertThat(token).matches("assay_[A-Za-z0-9_-]{43}");
        var stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>list("user.username", name)
                .stream().map(t -> t.tokenHash).toList());
        assertThat(stored).containsExactly(Tokens.sha256(token)).doesNotContain(token);
        var again = session.page("/account");
        assertThat(again.text()).doesNotContain(token);
        assertThat(again.select("table.tokens tbody tr").eachText()).anyMatch(row -> row.contains("tracking sync")
                && row.contains("never") && row.contains("active"));
    }

    @Test
    void aBearerTokenActsAsItsOwnerAndNotesItsLastUse() {
        var name = TestUsers.create(Role.admin);
        var token = create(name, "invite script");
        long assessment = Fixtures.assessment("Token round", List.of("q01"));
        var before = Instant.now().minusSeconds(1);

        var invited = bearer(token).body(Map.of("candidateName", "Tok En", "candidateEmail", "tok@example.org"))
                .post("/api/assessments/" + assessment + "/invitations");

        assertThat(invited.statusCode()).isEqualTo(201);
        var listed = Api.json(bearer(token).get("/api/tokens"));
        assertThat(listed.getString("[0].name")).isEqualTo("invite script");
        assertThat(Instant.parse(listed.getString("[0].lastUsedAt"))).isAfter(before);
        var audit = QuarkusTransaction.requiringNew().call(() -> org.assay.assessment.Invitation
                .<org.assay.assessment.Invitation>findById(Api.json(invited).getLong("id")).createdBy);
        assertThat(audit).isEqualTo(name);
    }

    @Test
    void aTokenHasItsOwnersRoleAndAWrongOneIsRefused() {
        var name = TestUsers.create(Role.interviewer);
        var token = create(name, "reader");

        assertThat(bearer(token).get("/api/tokens").statusCode()).isEqualTo(200);
        assertThat(bearer(token).body(Map.of("title", "x")).post("/api/assessments").statusCode()).isEqualTo(403);
        var wrong = bearer("assay_" + "x".repeat(43)).get("/api/tokens");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.headers().getValues("WWW-Authenticate")).contains("Bearer realm=\"Assay\"");
    }

    @Test
    void revokedTokensAndTokensOfDisabledAccountsStopWorking() {
        var name = TestUsers.create(Role.admin);
        var token = create(name, "to revoke");
        long id = Api.json(bearer(token).get("/api/tokens")).getLong("[0].id");

        assertThat(bearer(token).delete("/api/tokens/" + id).statusCode()).isEqualTo(204);

        assertThat(bearer(token).get("/api/tokens").statusCode()).isEqualTo(401);
        var other = create(name, "kept");
        assertThat(bearer(other).get("/api/tokens").statusCode()).isEqualTo(200);
        Api.asAdmin().post("/api/users/" + TestUsers.find(name).id + "/disable");
        assertThat(bearer(other).get("/api/tokens").statusCode()).isEqualTo(401);
    }

    @Test
    void revokingOnTheAccountPageAndHttpBasicStillWorks() {
        var name = TestUsers.create(Role.admin);
        var session = WebSession.signedIn(name, TestUsers.PASSWORD);
        var token = Html.text(Html.parse(session.submit("/account", "/account/tokens", Map.of("name", "page"))),
                "#token-value");
        var action = session.page("/account").select("form[action$=/revoke]").attr("action");

        var revoked = session.submit("/account", action, Map.of());

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(bearer(token).get("/api/tokens").statusCode()).isEqualTo(401);
        assertThat(Api.as(name, TestUsers.PASSWORD).get("/api/tokens").statusCode()).isEqualTo(200);
        var unnamed = session.submit("/account", "/account/tokens", Map.of("name", " "));
        assertThat(unnamed.statusCode()).isEqualTo(422);
    }

    private static String create(String username, String name) {
        var response = Api.as(username, TestUsers.PASSWORD).body(Map.of("name", name)).post("/api/tokens");
        assertThat(response.statusCode()).isEqualTo(201);
        return Api.json(response).getString("token");
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
