package org.assay.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.assessment.Invitation;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.TestData;
import org.assay.support.WebSession;

/** Time accommodations: an invitation's extra time lengthens the candidate's test everywhere it shows. */
@QuarkusTest
class ExtraTimeTest {

    @Inject
    DeadlineJob job;

    private static Candidate invitedWith(Integer percent, Integer minutes) {
        var candidate = new Candidate(TestData.invitation(2));
        TestData.giveExtraTime(candidate.invite, percent, minutes);
        return candidate;
    }

    @Test
    void extraTimeAsAShareLengthensTheDeadlineAndTheWelcomePageSaysSo() {
        var candidate = invitedWith(50, null);

        var welcome = candidate.page("");
        candidate.start();

        assertThat(welcome.select("#time-limit").text()).isEqualTo("30 minutes plus 15 minutes of extra time");
        var attempt = TestData.attempt(candidate.invite);
        assertThat(Duration.between(attempt.startedAt, attempt.deadline)).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void extraMinutesLengthenTheDeadline() {
        var candidate = invitedWith(null, 20);

        candidate.start();

        var attempt = TestData.attempt(candidate.invite);
        assertThat(Duration.between(attempt.startedAt, attempt.deadline)).isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void theDeadlineJobLeavesRunningAnAttemptWithinItsExtraTime() {
        var plain = new Candidate(TestData.invitation(2));
        var extra = invitedWith(null, 20);
        plain.start();
        extra.start();
        // Both started 35 minutes ago: past the plain limit, within the one with extra time
        for (var candidate : List.of(plain, extra)) {
            var attempt = TestData.attempt(candidate.invite);
            TestData.setDeadline(candidate.invite, attempt.deadline.minus(Duration.ofMinutes(35)));
        }

        job.submitOverdue();

        assertThat(TestData.attempt(plain.invite).status).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(TestData.attempt(extra.invite).status).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void theReviewPageShowsTheTimeAllowedWithTheExtraTime() {
        var candidate = invitedWith(50, null);
        candidate.start();
        candidate.submitForm();
        var attempt = TestData.attempt(candidate.invite);

        var page = WebSession.admin().page("/review/attempts/" + attempt.id);

        assertThat(page.select("#time-allowed").text()).isEqualTo("time allowed 45 minutes (30 + 50% extra time)");
    }

    @Test
    void adminsGiveExtraTimeThroughTheInvitationFormAndTheApi() {
        long assessment = Fixtures.assessment("Accommodated screen", List.of("q01", "q02"));
        var path = "/admin/assessments/" + assessment;
        var admin = WebSession.admin();

        var form = admin.submit(path, path + "/invitations", Map.of("candidateName", "Form Candidate",
                "candidateEmail", "form@example.org", "extraTimePercent", "25"));
        var api = Api.asAdmin().body(Map.of("candidateName", "Api Candidate", "candidateEmail", "api@example.org",
                "extraTimeMinutes", 30)).post("/api/assessments/" + assessment + "/invitations");

        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(api.statusCode()).isEqualTo(201);
        assertThat(stored("Form Candidate")).containsExactly(25, null);
        assertThat(stored("Api Candidate")).containsExactly(null, 30);
    }

    @Test
    void extraTimeOutsideTheLimitsIsRefusedWithOneMessagePerField() {
        long assessment = Fixtures.assessment("Accommodated screen", List.of("q01"));
        var path = "/admin/assessments/" + assessment;

        var tooSmall = WebSession.admin().submit(path, path + "/invitations", Map.of("candidateName", "Too Small",
                "candidateEmail", "small@example.org", "extraTimePercent", "10"));
        var both = Api.asAdmin().body(Map.of("candidateName", "Both", "candidateEmail", "both@example.org",
                "extraTimePercent", 50, "extraTimeMinutes", 10)).post("/api/assessments/" + assessment
                        + "/invitations");

        assertThat(tooSmall.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(tooSmall), "#extraTimePercent-error")).contains("from 25 to 100 percent");
        assertThat(both.statusCode()).isEqualTo(422);
        assertThat(both.asString()).contains("either as a percentage or in minutes");
        assertThat(stored("Too Small")).isEmpty();
    }

    private static List<Integer> stored(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Invitation.<Invitation>list("candidateName", name)
                .stream().flatMap(i -> Stream.of(i.extraTimePercent, i.extraTimeMinutes))
                .toList());
    }

    @Test
    void aCsvOfCandidatesGivesEachTheExtraTimeOfItsLineAndAResendKeepsIt() {
        long assessment = Fixtures.assessment("Accommodated screen", List.of("q01"));
        var csv = "name,email,extra time\n"
                + "Csv Percent,csv-percent@example.org,50%\n"
                + "Csv Minutes,csv-minutes@example.org,20 min\n"
                + "Csv None,csv-none@example.org,\n"
                + "Csv Wrong,csv-wrong@example.org,a lot\n"
                + "Csv Too Much,csv-much@example.org,150%\n";

        var report = Api.json(Api.asAdmin().contentType("text/csv").body(csv)
                .post("/api/assessments/" + assessment + "/invitations/bulk"));

        assertThat(report.getList("rows.created", Boolean.class)).containsExactly(true, true, true, false, false);
        assertThat(report.getString("rows[3].reason")).contains("percentage such as 50%");
        assertThat(report.getString("rows[4].reason")).contains("from 25 to 100 percent");
        assertThat(stored("Csv Percent")).containsExactly(50, null);
        assertThat(stored("Csv Minutes")).containsExactly(null, 20);
        assertThat(stored("Csv None")).containsExactly(null, null);

        long id = report.getLong("rows[0].invitation.id");
        Api.asAdmin().post("/api/invitations/" + id + "/resend").then().statusCode(201);
        assertThat(stored("Csv Percent")).containsExactly(50, null, 50, null);
    }
}
