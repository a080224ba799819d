package org.assay.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.assay.session.AttemptStatus;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** Managing invitations from the pages: the link shown once after a redirect, duplicates, revoke, extend, resend. */
@QuarkusTest
class InvitationActionsTest {

    private static final String TITLE = "Platform engineer, screening";
    private static final String LINK = "https?://[^/]+/t/[A-Za-z0-9_-]{43}";

    @Test
    void creatingRedirectsToAPageThatShowsTheLinkOnlyOnce() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var name = TestUsers.uniqueName("grace");

        var response = invite(admin, assessment, name, name + "@example.org");

        assertThat(response.statusCode()).isEqualTo(303);
        var revealPath = Html.locationPath(response);
        assertThat(revealPath).matches("/admin/invitations/\\d+/created");
        var first = admin.page(revealPath);
        assertThat(Html.text(first, "#invitation-link")).matches(LINK);
        assertThat(first.select("button[data-copy=invitation-link]").text()).isEqualTo("Copy link");
        assertThat(Html.text(first, "#mail-status")).contains("no mail server (ASSAY_SMTP_HOST) is configured");
        assertThat(first.select("time[data-local-time]").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(Html.text(first, "time[data-local-time]")).matches("\\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d UTC");

        var reload = admin.page(revealPath);
        assertThat(reload.select("#invitation-link")).isEmpty();
        assertThat(Html.text(reload, "#link-gone")).contains("shown once");
        assertThat(rowsOf(assessment, name)).hasSize(1);
    }

    @Test
    void invitingTheSameAddressAgainWarnsAndOffersResend() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var name = TestUsers.uniqueName("ada");
        var email = name + "@Example.org";
        invite(admin, assessment, name, email);

        var again = invite(admin, assessment, name, email.toLowerCase(java.util.Locale.ROOT));

        assertThat(again.statusCode()).isEqualTo(409);
        var page = Html.parse(again);
        assertThat(Html.text(page, "#already-invited h2")).isEqualTo("Already invited");
        assertThat(page.select("#already-invited form[action$=/resend] button").text()).startsWith("Resend");
        assertThat(page.select("input[name=inviteAgain]").attr("value")).isEqualTo("true");
        assertThat(rowsOf(assessment, name)).hasSize(1);

        var confirmed = admin.submit("/admin/assessments/" + assessment, "/admin/assessments/" + assessment
                + "/invitations", Map.of("candidateName", name, "candidateEmail", email, "inviteAgain", "true"));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(rowsOf(assessment, name)).hasSize(2);
    }

    @Test
    void revokedLinkAnswers410WithAClearPage() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var name = TestUsers.uniqueName("revoked");
        var link = createdLink(admin, assessment, name);
        var id = rowsOf(assessment, name).get(0);

        var revoke = admin.submit("/admin/invitations", "/admin/invitations/" + id + "/revoke", Map.of());

        assertThat(revoke.statusCode()).isEqualTo(303);
        assertThat(Html.text(admin.page("/admin/invitations"), ".flash")).contains("Revoked");
        var candidate = WebSession.anonymous().get(path(link));
        assertThat(candidate.statusCode()).isEqualTo(410);
        assertThat(Html.text(Html.parse(candidate), "h1")).isEqualTo("This invitation has been withdrawn");
        assertThat(statusOf(admin, id)).isEqualTo("revoked");
        var twice = admin.submit("/admin/invitations", "/admin/invitations/" + id + "/revoke", Map.of());
        assertThat(twice.statusCode()).isEqualTo(409);
    }

    @Test
    void extendMovesTheExpiryAndRevivesAnExpiredLink() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var name = TestUsers.uniqueName("late");
        var link = createdLink(admin, assessment, name);
        long id = rowsOf(assessment, name).get(0);
        Fixtures.expire(id);
        assertThat(WebSession.anonymous().get(path(link)).statusCode()).isEqualTo(410);

        var extend = admin.submit("/admin/invitations", "/admin/invitations/" + id + "/extend", Map.of("days", "3"));

        assertThat(extend.statusCode()).isEqualTo(303);
        var expires = QuarkusTransaction.requiringNew().call(() -> Invitation.<Invitation>findById(id).expiresAt);
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofDays(3)).minusSeconds(60),
                Instant.now().plus(Duration.ofDays(3)).plusSeconds(60));
        assertThat(WebSession.anonymous().get(path(link)).statusCode()).isEqualTo(200);
        var tooLong = admin.submit("/admin/invitations", "/admin/invitations/" + id + "/extend",
                Map.of("days", "400"));
        assertThat(tooLong.statusCode()).isEqualTo(422);
    }

    @Test
    void resendMakesANewLinkAndTheOldOneSaysItWasReplaced() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var name = TestUsers.uniqueName("resent");
        var oldLink = createdLink(admin, assessment, name);
        long oldId = rowsOf(assessment, name).get(0);

        var resend = admin.submit("/admin/invitations", "/admin/invitations/" + oldId + "/resend", Map.of());

        assertThat(resend.statusCode()).isEqualTo(303);
        var newLink = Html.text(admin.page(Html.locationPath(resend)), "#invitation-link");
        assertThat(newLink).matches(LINK).isNotEqualTo(oldLink);
        var old = WebSession.anonymous().get(path(oldLink));
        assertThat(old.statusCode()).isEqualTo(410);
        assertThat(Html.text(Html.parse(old), "h1")).isEqualTo("This link has been replaced");
        assertThat(WebSession.anonymous().get(path(newLink)).statusCode()).isEqualTo(200);
        assertThat(rowsOf(assessment, name)).hasSize(2);
    }

    @Test
    void startedInvitationCannotBeRevokedAndLinksToItsTranscript() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var name = TestUsers.uniqueName("started");
        long id = Fixtures.invitation(assessment, name);
        long attempt = Fixtures.attempt(id, AttemptStatus.SUBMITTED, List.of("An answer"));

        var row = admin.page("/admin/invitations").select("#invitation-" + id).first();

        assertThat(row.select("a.attempt-link").attr("href")).isEqualTo("/review/attempts/" + attempt);
        assertThat(row.select("form[action$=/revoke]")).isEmpty();
        var refused = admin.submit("/admin/invitations", "/admin/invitations/" + id + "/revoke", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Html.text(Html.parse(refused), "main")).contains("already started");
    }

    @Test
    void theInvitationsPageCanInvite() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var name = TestUsers.uniqueName("listed");

        var response = admin.submit("/admin/invitations", "/admin/invitations", Map.of("assessmentId",
                Long.toString(assessment), "candidateName", name, "candidateEmail", name + "@example.org"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.text(admin.page(Html.locationPath(response)), "#invitation-link")).matches(LINK);
        var invalid = admin.submit("/admin/invitations", "/admin/invitations", Map.of("assessmentId",
                Long.toString(assessment), "candidateName", name, "candidateEmail", "nowhere"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(Html.parse(invalid).select("#candidateName").attr("value")).isEqualTo(name);
    }

    @Test
    void bulkUploadReportsEachLine() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var a = TestUsers.uniqueName("bulk-a");
        var b = TestUsers.uniqueName("bulk-b");
        var csv = "name,email,extra time,expiry\n"
                + a + "," + a + "@example.org,,\n"
                + "\"" + b + ", Jr\"," + b + "@example.org,,30\n"
                + "No Email,not-an-address,,\n"
                + "Twice," + a + "@example.org,,\n"
                + "Past,past@example.org,,2001-01-01\n";

        var first = upload(admin, assessment, csv);

        assertThat(first.statusCode()).isEqualTo(200);
        var report = Html.parse(first);
        assertThat(Html.text(report, "#created-count")).isEqualTo("2");
        assertThat(Html.text(report, "#refused-count")).isEqualTo("3");
        assertThat(report.select("tr.created code").eachText()).allMatch(link -> link.matches(LINK));
        assertThat(report.select("tr.refused td:last-child").eachText()).containsExactly(
                "Refused: Give an email address such as name@example.org.",
                "Refused: This address is listed more than once in the file.",
                "Refused: The expiry must be after today and within 365 days.");
        assertThat(rowsOf(assessment, b + ", Jr")).hasSize(1);

        var again = Html.parse(upload(admin, assessment, csv));
        assertThat(Html.text(again, "#created-count")).isEqualTo("0");
        assertThat(again.select("tr.refused td:last-child").eachText()).anyMatch(t -> t.contains("Already invited"));
    }

    @Test
    void apiRevokesExtendsResendsAndListsInvitations() {
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var name = TestUsers.uniqueName("api");
        var body = Map.of("candidateName", name, "candidateEmail", name + "@example.org");
        var first = Api.json(Api.asAdmin().body(body).post("/api/assessments/" + assessment + "/invitations"));
        long id = first.getLong("id");
        assertThat(first.getList("alreadyInvited")).isEmpty();

        var again = Api.asAdmin().body(body).post("/api/assessments/" + assessment + "/invitations");
        assertThat(Api.json(again).getList("alreadyInvited", Long.class)).containsExactly(id);
        var refused = Api.asAdmin().body(body).queryParam("ifAlreadyInvited", "refuse")
                .post("/api/assessments/" + assessment + "/invitations");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        var extended = Api.asAdmin().body(Map.of("days", 5)).post("/api/invitations/" + id + "/extend");
        assertThat(extended.statusCode()).isEqualTo(200);
        var resent = Api.asAdmin().post("/api/invitations/" + id + "/resend");
        assertThat(resent.statusCode()).isEqualTo(201);
        long newId = Api.json(resent).getLong("id");
        assertThat(WebSession.anonymous().get("/t/" + first.getString("token")).statusCode()).isEqualTo(410);
        var revoked = Api.json(Api.asAdmin().post("/api/invitations/" + newId + "/revoke"));
        assertThat(revoked.getString("status")).isEqualTo("REVOKED");
        var listed = Api.json(Api.asAdmin().queryParam("assessmentId", assessment).queryParam("status", "REVOKED")
                .get("/api/invitations"));
        assertThat(listed.getList("id", Long.class)).contains(id, newId);
        var bulk = Api.asAdmin().contentType("text/csv").body(TestUsers.uniqueName("csv") + ",x@example.org\n")
                .post("/api/assessments/" + assessment + "/invitations/bulk");
        assertThat(Api.json(bulk).getBoolean("rows[0].created")).isTrue();
        assertThat(Api.json(bulk).getString("rows[0].invitation.url")).matches(LINK);
    }

    static Response invite(WebSession admin, long assessment, String name, String email) {
        var path = "/admin/assessments/" + assessment;
        return admin.submit(path, path + "/invitations", Map.of("candidateName", name, "candidateEmail", email));
    }

    static String createdLink(WebSession admin, long assessment, String name) {
        var response = invite(admin, assessment, name, name + "@example.org");
        return Html.text(admin.page(Html.locationPath(response)), "#invitation-link");
    }

    private static Response upload(WebSession admin, long assessment, String csv) {
        var token = admin.page("/admin/invitations").select("input[name=csrf-token]").attr("value");
        return admin.request().multiPart("assessmentId", Long.toString(assessment))
                .multiPart(WebSession.CSRF_FIELD, token)
                .multiPart("file", "candidates.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .post("/admin/invitations/bulk");
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/t/"));
    }

    private static List<Long> rowsOf(long assessment, String name) {
        return QuarkusTransaction.requiringNew().call(() -> Invitation.<Invitation>list(
                "assessment.id = ?1 and candidateName = ?2", assessment, name).stream().map(i -> i.id).toList());
    }

    private static String statusOf(WebSession admin, long id) {
        return admin.page("/admin/invitations").select("#invitation-" + id + " .badge").text();
    }
}
