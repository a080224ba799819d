package org.assay.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import org.assay.assessment.Invitation;
import org.assay.assessment.InvitationExpiryJob;
import org.assay.assessment.InvitationService;
import org.assay.postgres.RoundsPostgresProfile;
import org.assay.session.Answer;
import org.assay.session.Attempt;
import org.assay.session.AttemptStatus;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.PostgresAvailable;
import org.assay.support.WebSession;

/** Editing, shuffling and archiving assessments, webhooks and the dashboard counts on PostgreSQL. */
@QuarkusTest
@TestProfile(RoundsPostgresProfile.class)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class RoundsPostgresTest {

    private static final String SECRET = "postgres-receiver-secret";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> ALL = List.of("q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09",
            "q10", "q11", "q12", "q13", "q14", "q15");
    private static final List<String> REVERSED = List.of("q15", "q14", "q13", "q12", "q11", "q10", "q09", "q08",
            "q07", "q06", "q05", "q04", "q03", "q02", "q01");

    @Inject
    InvitationExpiryJob expiry;

    private final List<Long> registered = new ArrayList<>();

    @AfterEach
    void turnOff() {
        registered.forEach(id -> Api.asAdmin().post("/api/webhooks/" + id + "/disable"));
    }

    @Test
    void anAssessmentIsEditableUntilItsFirstStartThenOnlyItsTitle() {
        var created = Api.asAdmin().body(Map.of("title", "Postgres round", "bank", Fixtures.BANK, "questions", ALL,
                "timeLimitMinutes", 60, "shuffle", true)).post("/api/assessments");
        long id = Api.json(created).getLong("id");
        var edited = Api.asAdmin().body(Map.of("title", "Postgres round", "questions", REVERSED,
                "shuffle", true, "guidanceMinutes", Map.of("q15", 3))).put("/api/assessments/" + id);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(Api.json(edited).getList("questions.qid")).containsExactlyElementsOf(REVERSED);

        var token = invite(id);
        var candidate = WebSession.anonymous();
        candidate.submit("/t/" + token, "/t/" + token + "/start", Map.of());
        var order = new ArrayList<String>();
        for (int n = 1; n <= ALL.size(); n++) {
            order.add(candidate.page("/t/" + token + "/q/" + n).select("#answer-form").attr("data-qid"));
        }
        assertThat(order).containsExactlyInAnyOrderElementsOf(ALL).isNotEqualTo(REVERSED);
        long attempt = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>find("invitation.id",
                invitationOf(token)).firstResult().id);
        assertThat(Api.json(Api.asAdmin().get("/api/attempts/" + attempt + "/transcript")).getList("answers.qid"))
                .isEqualTo(order);

        var refused = Api.asAdmin().body(Map.of("title", "Postgres round", "timeLimitMinutes", 10))
                .put("/api/assessments/" + id);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Api.asAdmin().body(Map.of("title", "Renamed on Postgres")).put("/api/assessments/" + id)
                .statusCode()).isEqualTo(200);

        long copy = Api.json(Api.asAdmin().post("/api/assessments/" + id + "/duplicate")).getLong("id");
        assertThat(Api.json(Api.asAdmin().get("/api/assessments/" + copy)).getList("questions.qid"))
                .containsExactlyElementsOf(REVERSED);
        Api.asAdmin().post("/api/assessments/" + copy + "/archive");
        assertThat(Api.json(Api.asAdmin().get("/api/assessments")).getList("id", Long.class)).doesNotContain(copy);
        assertThat(Api.asAdmin().body(Map.of("candidateName", "Too Late", "candidateEmail", "late@example.org"))
                .post("/api/assessments/" + copy + "/invitations").statusCode()).isEqualTo(409);
    }

    @Test
    void webhookDeliveriesAreSignedRetriedAndListed() throws Exception {
        expiry.announce();
        try (var receiver = new WebhookReceiver(1)) {
            var response = Api.asAdmin().body(Map.of("url", receiver.url("/pg"), "secret", SECRET, "events",
                    List.of("attempt.started", "invitation.expired"))).post("/api/webhooks");
            long webhook = Api.json(response).getLong("id");
            registered.add(webhook);
            long assessment = Fixtures.assessment("Postgres hooks", List.of("q01"));
            var token = invite(assessment);
            WebSession.anonymous().submit("/t/" + token, "/t/" + token + "/start", Map.of());

            var failedTry = receiver.next("attempt.started", WAIT);
            var retried = receiver.next("attempt.started", WAIT);
            assertThat(retried.header("Assay-Event-Id")).isEqualTo(failedTry.header("Assay-Event-Id"));
            assertThat(retried.header("Assay-Signature")).startsWith("t=").contains(",v1=");
            var signature = retried.header("Assay-Signature");
            var timestamp = Long.parseLong(signature.substring(2, signature.indexOf(',')));
            assertThat(signature).isEqualTo(WebhookSignature.header(SECRET, timestamp, retried.body()));

            long unused = Fixtures.invitation(assessment, "Never Started");
            Fixtures.expire(unused);
            assertThat(expiry.announce()).isPositive();
            var expired = receiver.next("invitation.expired", WAIT);
            assertThat(JsonPath.from(expired.body()).getLong("data.invitationId")).isEqualTo(unused);

            var deliveries = awaitAll(webhook, 2);
            assertThat(deliveries.getList("status")).containsOnly("DELIVERED");
            assertThat(deliveries.getList("event")).containsExactlyInAnyOrder("attempt.started",
                    "invitation.expired");
            long started = deliveries.getLong("find { it.event == 'attempt.started' }.id");
            assertThat(deliveries.getInt("find { it.event == 'attempt.started' }.tries")).isEqualTo(2);
            assertThat(Api.asAdmin().post("/api/webhooks/deliveries/" + started + "/resend").statusCode())
                    .isEqualTo(200);
            assertThat(receiver.next("attempt.started", WAIT).header("Assay-Event-Id"))
                    .isEqualTo(failedTry.header("Assay-Event-Id"));
        }
    }

    @Test
    void dashboardCountsMatchTheirListsOnPostgres() {
        long assessment = Fixtures.assessment("Postgres dashboard", List.of("q01"));
        long failed = Fixtures.attempt(Fixtures.invitation(assessment, "Pg Failed"), AttemptStatus.SUBMITTED,
                List.of("Text"));
        QuarkusTransaction.requiringNew().run(() -> {
            var answer = Answer.findByAttemptAndPosition(Attempt.findById(failed), 1).orElseThrow();
            Answer.getEntityManager().createNativeQuery("insert into grading_task (answer_id, tries, last_error,"
                    + " failed_at, created_at) values (?1, 5, 'Broken rubric', ?2, ?2)")
                    .setParameter(1, answer.id).setParameter(2, Instant.now()).executeUpdate();
        });
        long soon = Fixtures.invitation(assessment, "Pg Soon");
        QuarkusTransaction.requiringNew().run(() -> Invitation.update(
                "expiresAt = ?1 where id = ?2", Instant.now().plus(Duration.ofDays(2)), soon));
        var admin = WebSession.admin();

        var home = admin.page("/");

        for (var key : List.of("to-review", "in-progress", "grading-failed")) {
            var count = home.select("#count-" + key + " .count").text();
            var list = admin.page(home.select("#count-" + key + " a").attr("href"));
            assertThat(Html.text(list, "table.attempts caption")).startsWith(count + " attempt");
        }
        assertThat(Long.parseLong(home.select("#count-grading-failed .count").text())).isPositive();
        var expiring = admin.page(home.select("#count-expiring a").attr("href"));
        assertThat(expiring.select("tbody tr")).hasSize(Integer.parseInt(home.select("#count-expiring .count")
                .text()));
        assertThat(home.select("svg#submissions-chart g.bar")).hasSize(14);
        assertThat(Long.parseLong(home.select("svg#submissions-chart g.bar").last().attr("data-count")))
                .isPositive();
    }

    private static JsonPath awaitAll(long webhook, int count) throws InterruptedException {
        var end = Instant.now().plus(WAIT);
        while (true) {
            var list = Api.json(Api.asAdmin().get("/api/webhooks/" + webhook + "/deliveries"));
            if (list.getList("id").size() >= count && !list.getList("status").contains("PENDING")
                    || Instant.now().isAfter(end)) {
                return list;
            }
            Thread.sleep(200);
        }
    }

    private static String invite(long assessment) {
        return Api.json(Api.asAdmin().body(Map.of("candidateName", "Pg Candidate", "candidateEmail",
                "pg@example.org")).post("/api/assessments/" + assessment + "/invitations")).getString("token");
    }

    private static long invitationOf(String token) {
        var hash = InvitationService.hashToken(token);
        return QuarkusTransaction.requiringNew().call(() -> Invitation
                .findByTokenHash(hash).orElseThrow().id);
    }
}
