package org.assay.postgres;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.assay.account.Role;
import org.assay.assessment.InvitationMail;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.PostgresAvailable;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** Invitations, accounts, API tokens and the reminder query on PostgreSQL: the new tables, locks and queries. */
@QuarkusTest
@TestProfile(RoundsPostgresProfile.class)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class RoundsPostgresTest {

    @Inject
    InvitationMail reminders;

    @Test
    void invitationIsShownOnceRevokedExtendedAndResent() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment("Postgres round", List.of("q01"));
        var path = "/admin/assessments/" + assessment;
        var created = admin.submit(path, path + "/invitations", Map.of("candidateName", "Barbara Liskov",
                "candidateEmail", "barbara@example.org"));
        var reveal = Html.locationPath(created);
        var link = Html.text(admin.page(reveal), "#invitation-link");
        assertThat(admin.page(reveal).select("#invitation-link")).isEmpty();

        var again = admin.submit(path, path + "/invitations", Map.of("candidateName", "Barbara Liskov",
                "candidateEmail", "BARBARA@example.org"));
        assertThat(again.statusCode()).isEqualTo(409);
        long id = Long.parseLong(reveal.replaceAll("\\D", ""));
        assertThat(Api.asAdmin().body(Map.of("days", 3)).post("/api/invitations/" + id + "/extend").statusCode())
                .isEqualTo(200);
        var resent = Api.json(Api.asAdmin().post("/api/invitations/" + id + "/resend"));
        assertThat(WebSession.anonymous().get(link.substring(link.indexOf("/t/"))).statusCode()).isEqualTo(410);
        var revoked = Api.json(Api.asAdmin().post("/api/invitations/" + resent.getLong("id") + "/revoke"));
        assertThat(revoked.getString("status")).isEqualTo("REVOKED");
        assertThat(reminders.remind(java.time.Instant.now().plus(java.time.Duration.ofDays(20)))).isZero();
        var bulk = Api.json(Api.asAdmin().contentType("text/csv").body("name,email\nAlan Kay,alan@example.org\n"
                + "Alan Kay,alan@example.org\n").post("/api/assessments/" + assessment + "/invitations/bulk"));
        assertThat(bulk.getList("rows.created", Boolean.class)).containsExactly(true, false);
    }

    @Test
    void accountsAndTokensWorkOnPostgres() {
        var name = TestUsers.create(Role.interviewer);
        long id = TestUsers.find(name).id;
        var promoted = Api.json(Api.asAdmin().body(Map.of("role", "admin")).post("/api/users/" + id + "/role"));
        assertThat(promoted.getString("role")).isEqualTo("admin");
        var reset = Api.json(Api.asAdmin().post("/api/users/" + id + "/password-reset")).getString("url");
        var path = reset.substring(reset.indexOf("/password/"));
        var user = WebSession.anonymous();
        var set = user.submit(path, path, Map.of("newPassword", "postgres-new-password",
                "confirmPassword", "postgres-new-password"));
        assertThat(Html.locationPath(set)).isEqualTo("/login");

        var token = Api.json(Api.as(name, "postgres-new-password").body(Map.of("name", "pg script"))
                .post("/api/tokens")).getString("token");
        var bearer = given().header("Authorization", "Bearer " + token).accept(ContentType.JSON);
        assertThat(bearer.get("/api/tokens").statusCode()).isEqualTo(200);
        var tokenId = Api.json(given().header("Authorization", "Bearer " + token).get("/api/tokens"))
                .getLong("[0].id");
        assertThat(given().header("Authorization", "Bearer " + token).get("/api/tokens").jsonPath()
                .getString("[0].lastUsedAt")).isNotNull();
        given().header("Authorization", "Bearer " + token).delete("/api/tokens/" + tokenId);
        assertThat(given().header("Authorization", "Bearer " + token).get("/api/tokens").statusCode())
                .isEqualTo(401);
    }
}
