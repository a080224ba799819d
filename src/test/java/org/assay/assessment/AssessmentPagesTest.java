package org.assay.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.assay.session.AttemptStatus;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

@QuarkusTest
class AssessmentPagesTest {

    private static final String TITLE = "Data scientist, first round";
    private static final String CANDIDATE = "Alan Turing";
    private static final String EMAIL = "alan@example.org";

    @Test
    void adminCreatesAnAssessmentFromBankQuestions() {
        var admin = WebSession.admin();
        var form = admin.page("/admin/assessments/new");
        assertThat(form.select("input[name=questions]").eachAttr("value")).hasSize(15).startsWith("q01", "q02");

        var response = create(admin, Map.of("title", TITLE, "bank", Fixtures.BANK, "questions", "q04",
                "timeLimitMinutes", "20", "blindReview", "true"));

        assertThat(response.statusCode()).isEqualTo(303);
        var detail = admin.page(Html.locationPath(response));
        assertThat(Html.text(detail, "h1")).isEqualTo(TITLE);
        assertThat(Html.text(detail, ".flash")).contains("Created assessment");
        assertThat(detail.select("main ol li .mono").eachText()).containsExactly("q04");
        assertThat(Html.text(detail, "main > p.muted")).contains("20 minutes", "blind review");
        assertThat(admin.page("/admin/assessments").select("tbody td a").eachText()).contains(TITLE);
    }

    @Test
    void invalidAssessmentKeepsTypedValuesAndShowsErrors() {
        var admin = WebSession.admin();

        var response = create(admin, Map.of("title", TITLE, "bank", Fixtures.BANK, "timeLimitMinutes", "0"));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(page.select("#title").attr("value")).isEqualTo(TITLE);
        assertThat(Html.text(page, "#questions-error")).isEqualTo("Pick at least one question.");
        assertThat(Html.text(page, "#timeLimitMinutes-error")).contains("from 1 to");
        assertThat(page.select(".error-summary li")).hasSize(2);
    }

    @Test
    void invitationLinkIsShownOnceAndOnlyItsHashIsStored() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01", "q02"));
        var path = "/admin/assessments/" + assessment;

        var response = admin.submit(path, path + "/invitations", Map.of("candidateName", CANDIDATE,
                "candidateEmail", EMAIL, "validDays", "3"));

        assertThat(response.statusCode()).isEqualTo(303);
        var link = Html.text(admin.page(Html.locationPath(response)), "#invitation-link");
        assertThat(link).matches("https?://[^/]+/t/[A-Za-z0-9_-]{43}");
        var token = link.substring(link.lastIndexOf('/') + 1);
        var hashes = QuarkusTransaction.requiringNew().call(() -> Invitation.<Invitation>list("candidateName",
                CANDIDATE).stream().map(i -> i.tokenHash).toList());
        assertThat(hashes).contains(InvitationService.hashToken(token)).doesNotContain(token);
        var detail = admin.page(path);
        assertThat(detail.text()).doesNotContain(token);
        assertThat(detail.select("tbody tr").eachText()).anyMatch(row -> row.contains(CANDIDATE)
                && row.contains("not started"));
    }

    @Test
    void invalidInvitationKeepsTypedValues() {
        var admin = WebSession.admin();
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var path = "/admin/assessments/" + assessment;

        var response = admin.submit(path, path + "/invitations", Map.of("candidateName", CANDIDATE,
                "candidateEmail", "alan at example"));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(page.select("#candidateName").attr("value")).isEqualTo(CANDIDATE);
        assertThat(page.select("#candidateEmail").attr("value")).isEqualTo("alan at example");
        assertThat(Html.text(page, "#candidateEmail-error")).contains("email address");
    }

    @Test
    void invitationListShowsEachStatusAndFilters() {
        long assessment = Fixtures.assessment(TITLE, List.of("q01"));
        var notStarted = TestUsers.uniqueName("waiting");
        var expired = TestUsers.uniqueName("late");
        var inProgress = TestUsers.uniqueName("busy");
        var submitted = TestUsers.uniqueName("done");
        Fixtures.invitation(assessment, notStarted);
        Fixtures.expire(Fixtures.invitation(assessment, expired));
        Fixtures.attempt(Fixtures.invitation(assessment, inProgress), AttemptStatus.IN_PROGRESS, List.of());
        Fixtures.attempt(Fixtures.invitation(assessment, submitted), AttemptStatus.SUBMITTED, List.of("An answer"));
        var admin = WebSession.admin();

        var all = admin.page("/admin/invitations");

        assertThat(statusOf(all, notStarted)).isEqualTo("not started");
        assertThat(statusOf(all, expired)).isEqualTo("expired");
        assertThat(statusOf(all, inProgress)).isEqualTo("in progress");
        assertThat(statusOf(all, submitted)).isEqualTo("submitted");
        var onlyExpired = admin.page("/admin/invitations?status=EXPIRED");
        assertThat(onlyExpired.select("tbody .badge").eachText()).containsOnly("expired");
        assertThat(onlyExpired.select("tbody td:first-child").eachText()).contains(expired).doesNotContain(notStarted);
    }

    @Test
    void interviewerCannotOpenAssessmentPages() {
        var interviewer = WebSession.signedIn(TestUsers.create(org.assay.account.Role.interviewer),
                TestUsers.PASSWORD);
        assertThat(interviewer.get("/admin/assessments").statusCode()).isEqualTo(403);
        assertThat(interviewer.get("/admin/invitations").statusCode()).isEqualTo(403);
    }

    private static Response create(WebSession admin, Map<String, String> fields) {
        return admin.submit("/admin/assessments/new", "/admin/assessments", fields);
    }

    private static String statusOf(org.jsoup.nodes.Document page, String candidate) {
        return page.select("tbody tr").stream().filter(row -> row.child(0).text().equals(candidate))
                .map(row -> row.select(".badge").text()).findFirst().orElse("missing");
    }
}
