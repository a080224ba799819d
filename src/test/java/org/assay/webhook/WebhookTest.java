package org.assay.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import org.assay.account.Role;
import org.assay.assessment.Invitation;
import org.assay.assessment.InvitationExpiryJob;
import org.assay.assessment.InvitationService;
import org.assay.session.Attempt;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** Webhooks delivered to a real HTTP server on loopback: signed bodies, every event, retries and re-sending. */
@QuarkusTest
class WebhookTest {

    private static final String SECRET = "shared-secret-for-the-receiver";
    private static final String ANSWER = "Overfitting is when the model memorises the training data, so the gap"
            + " between training and validation loss grows on unseen examples.";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration GRADING_WAIT = Duration.ofMinutes(3);

    @Inject
    InvitationExpiryJob expiry;

    private final List<Long> registered = new ArrayList<>();

    @AfterEach
    void turnOff() {
        // The application outlives this class: later tests' events must not queue deliveries to closed receivers
        registered.forEach(id -> Api.asAdmin().post("/api/webhooks/" + id + "/disable"));
    }

    @Test
    void everyEventOfACandidatesJourneyArrivesSignedWithIdsAndLinksButNoAnswers() throws Exception {
        try (var receiver = new WebhookReceiver(0)) {
            register(receiver.url("/hooks/assay"), List.of("attempt.started", "attempt.submitted", "attempt.graded",
                    "review.completed"));
            long assessment = Fixtures.assessment("Webhook round", List.of("q01"));
            var invited = Api.json(Api.asAdmin().body(Map.of("candidateName", "Hedy Lamarr", "candidateEmail",
                    "hedy@example.org")).post("/api/assessments/" + assessment + "/invitations"));
            var token = invited.getString("token");
            long invitation = invited.getLong("id");
            var candidate = WebSession.anonymous();

            candidate.submit("/t/" + token, "/t/" + token + "/start", Map.of());
            var started = receiver.next("attempt.started", WAIT);
            long attempt = attemptOf(token);

            assertThat(started.path()).isEqualTo("/hooks/assay");
            assertThat(started.header("Content-Type")).startsWith("application/json");
            assertSigned(started);
            var body = JsonPath.from(started.body());
            assertThat(body.getString("event")).isEqualTo("attempt.started");
            assertThat(body.getString("id")).isEqualTo(started.header("Assay-Event-Id"));
            assertThat(body.getLong("data.attemptId")).isEqualTo(attempt);
            assertThat(body.getLong("data.invitationId")).isEqualTo(invitation);
            assertThat(body.getLong("data.assessmentId")).isEqualTo(assessment);
            assertThat(body.getString("links.transcript")).endsWith("/review/attempts/" + attempt);
            assertThat(body.getString("links.transcriptJson")).endsWith("/api/attempts/" + attempt + "/transcript");
            assertThat(body.getString("links.invitation")).endsWith("/api/invitations/" + invitation);

            var page = candidate.page("/t/" + token + "/q/1");
            candidate.post("/t/" + token + "/q/1", Map.of(WebSession.CSRF_FIELD, page.select(
                    "input[name=" + WebSession.CSRF_FIELD + "]").attr("value"), "text", ANSWER, "revision",
                    page.select("input[name=revision]").attr("value"), "go", "review"));
            candidate.submit("/t/" + token + "/submit", "/t/" + token + "/submit", Map.of());

            var submitted = receiver.next("attempt.submitted", WAIT);
            assertSigned(submitted);
            assertThat(JsonPath.from(submitted.body()).getString("data.status")).isEqualTo("SUBMITTED");
            assertThat(submitted.body()).doesNotContain("memorises", "Hedy", "hedy@example.org");

            var graded = receiver.next("attempt.graded", GRADING_WAIT);
            assertSigned(graded);
            assertThat(JsonPath.from(graded.body()).getLong("data.attemptId")).isEqualTo(attempt);
            assertThat(graded.body()).doesNotContain("memorises", "score");

            var admin = WebSession.admin();
            var transcript = "/review/attempts/" + attempt;
            assertThat(admin.submit(transcript, transcript + "/reviewed", Map.of()).statusCode()).isEqualTo(303);
            var reviewed = receiver.next("review.completed", WAIT);
            assertSigned(reviewed);
            assertThat(JsonPath.from(reviewed.body()).getString("data.reviewedBy")).isEqualTo(WebSession.ADMIN);
            assertThat(reviewed.body()).doesNotContain("memorises");
        }
    }

    @Test
    void anInvitationThatRunsOutUnusedIsAnnouncedOnce() throws Exception {
        announceAllDue(); // invitations other tests left expired are announced before this receiver exists
        try (var receiver = new WebhookReceiver(0)) {
            register(receiver.url("/expired"), List.of("invitation.expired"));
            long assessment = Fixtures.assessment("Expiring round", List.of("q02"));
            long invitation = Fixtures.invitation(assessment, "Unused Link");
            Fixtures.expire(invitation);

            // Announced by this call, or by the scheduled job if it ran in between: either way, once
            expiry.announce();
            var expired = receiver.next("invitation.expired", WAIT);

            assertSigned(expired);
            var body = JsonPath.from(expired.body());
            assertThat(body.getLong("data.invitationId")).isEqualTo(invitation);
            assertThat(body.getString("links.invitation")).endsWith("/api/invitations/" + invitation);
            assertThat(expiry.announce()).isZero();
        }
    }

    /** Announces every link that ran out unused, however many batches that takes. */
    private void announceAllDue() {
        while (QuarkusTransaction.requiringNew().call(() -> Invitation.count(
                "expiresAt < ?1 and expiryAnnouncedAt is null", Instant.now())) > 0) {
            expiry.announce();
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffUntilItAnswers() throws Exception {
        announceAllDue();
        try (var receiver = new WebhookReceiver(2)) {
            long webhook = register(receiver.url("/flaky"), List.of("invitation.expired"));
            long invitation = expiredInvitation();

            var first = receiver.next(WAIT);
            var second = receiver.next(WAIT);
            var third = receiver.next(WAIT);

            assertThat(List.of(first, second, third)).extracting(r -> r.header("Assay-Event-Id"))
                    .containsOnly(first.header("Assay-Event-Id"));
            assertThat(List.of(first, second, third)).extracting(WebhookReceiver.Received::body)
                    .containsOnly(first.body());
            assertThat(JsonPath.from(first.body()).getLong("data.invitationId")).isEqualTo(invitation);
            var delivery = awaitDelivery(webhook, "DELIVERED");
            assertThat(delivery.getInt("tries")).isEqualTo(3);
            assertThat(delivery.getInt("lastStatus")).isEqualTo(204);
        }
    }

    @Test
    void aDeliveryThatKeepsFailingIsListedAsFailedAndCanBeResentFromThePage() throws Exception {
        announceAllDue();
        try (var receiver = new WebhookReceiver(100)) {
            long webhook = register(receiver.url("/down"), List.of("invitation.expired"));
            expiredInvitation();
            var failed = awaitDelivery(webhook, "FAILED");
            assertThat(failed.getInt("tries")).isEqualTo(3);
            assertThat(failed.getString("lastError")).contains("HTTP 500");

            var admin = WebSession.admin();
            var page = admin.page("/admin/webhooks/" + webhook + "?status=FAILED");
            assertThat(page.select("#deliveries tbody tr")).hasSize(1);
            assertThat(Html.text(page, "#deliveries tbody tr")).contains("invitation.expired", "failed",
                    "HTTP 500");
            drain(receiver);
            receiver.failNext(0);
            long id = failed.getLong("id");

            var resent = admin.submit("/admin/webhooks/" + webhook, "/admin/webhooks/deliveries/" + id + "/resend",
                    Map.of());

            assertThat(resent.statusCode()).isEqualTo(303);
            var again = receiver.next(WAIT);
            assertThat(again.header("Assay-Event-Id")).isEqualTo(failed.getString("eventId"));
            assertSigned(again);
            assertThat(awaitDelivery(webhook, "DELIVERED").getLong("id")).isEqualTo(id);
            assertThat(Html.text(admin.page("/admin/webhooks/" + webhook), "#deliveries tbody tr"))
                    .contains("delivered");
        }
    }

    @Test
    void badRegistrationsAreRefusedFieldByField() {
        var refused = Api.asAdmin().body(Map.of("url", "ftp://example.org/x", "secret", "short",
                "events", List.of("attempt.finished"))).post("/api/webhooks");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Api.json(refused).getList("errors.field")).contains("url", "secret", "events");
        var page = WebSession.admin().submit("/admin/webhooks", "/admin/webhooks", Map.of("url", "not a url",
                "secret", SECRET));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(page), "#events-error")).contains("Choose at least one event");
        assertThat(Html.parse(page).select("#url").attr("value")).isEqualTo("not a url");
    }

    @Test
    void theSecretIsNeverShownAgain() {
        long webhook = register("http://127.0.0.1:9/never", List.of("attempt.started"));
        Api.asAdmin().post("/api/webhooks/" + webhook + "/disable");

        assertThat(Api.asAdmin().get("/api/webhooks/" + webhook).asString()).doesNotContain(SECRET);
        assertThat(Api.asAdmin().get("/api/webhooks").asString()).doesNotContain(SECRET);
        assertThat(WebSession.admin().get("/admin/webhooks/" + webhook).asString()).doesNotContain(SECRET);
        assertThat(Api.json(Api.asAdmin().get("/api/webhooks/" + webhook)).getBoolean("active")).isFalse();
    }

    @Test
    void interviewersMayNotManageWebhooks() {
        var interviewer = TestUsers.create(Role.interviewer);

        assertThat(Api.as(interviewer, TestUsers.PASSWORD).get("/api/webhooks").statusCode()).isEqualTo(403);
        assertThat(Api.as(interviewer, TestUsers.PASSWORD).body(Map.of("url", "http://127.0.0.1:9/x", "secret",
                SECRET, "events", List.of("attempt.started"))).post("/api/webhooks").statusCode()).isEqualTo(403);
        assertThat(WebSession.signedIn(interviewer, TestUsers.PASSWORD).get("/admin/webhooks").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesWebhooksAssessmentEditingAndTheDashboard() {
        var openapi = RestAssured.given().accept("application/json").get("/q/openapi").asString();

        assertThat(openapi).contains("/api/webhooks/deliveries/{id}/resend", "/api/webhooks/{id}/deliveries",
                "/api/assessments/{id}/duplicate", "/api/assessments/{id}/archive", "/api/dashboard",
                "guidanceMinutes", "shuffle");
    }

    private long register(String url, List<String> events) {
        var response = Api.asAdmin().body(Map.of("url", url, "secret", SECRET, "events", events,
                "description", "Test receiver")).post("/api/webhooks");
        assertThat(response.statusCode()).isEqualTo(201);
        long id = Api.json(response).getLong("id");
        registered.add(id);
        return id;
    }

    private long expiredInvitation() {
        long assessment = Fixtures.assessment("Retry round", List.of("q03"));
        long invitation = Fixtures.invitation(assessment, "Retry Candidate");
        Fixtures.expire(invitation);
        announceAllDue();
        return invitation;
    }

    private static JsonPath awaitDelivery(long webhook, String status) throws InterruptedException {
        var end = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(end)) {
            var list = Api.json(Api.asAdmin().get("/api/webhooks/" + webhook + "/deliveries?status=" + status));
            if (!list.getList("id").isEmpty()) {
                return list.setRootPath("[0]");
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No " + status + " delivery for webhook " + webhook + " within " + WAIT);
    }

    private static void drain(WebhookReceiver receiver) throws InterruptedException {
        try {
            while (true) {
                receiver.next(Duration.ofMillis(300));
            }
        } catch (AssertionError e) {
            // nothing more arrived
        }
    }

    /** Checks the signature as docs/webhooks.md tells a receiver to, with nothing from Assay's own code. */
    private static void assertSigned(WebhookReceiver.Received request) throws Exception {
        var header = request.header("Assay-Signature");
        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
        var timestamp = header.substring(2, header.indexOf(','));
        var given = header.substring(header.indexOf("v1=") + 3);
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var expected = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + request.body())
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(given).isEqualTo(expected);
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp))).isLessThan(300);
        var tampered = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + request.body() + " ")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(given).isNotEqualTo(tampered);
    }

    private static long attemptOf(String token) {
        var hash = InvitationService.hashToken(token);
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>find("invitation.tokenHash", hash)
                .firstResult().id);
    }
}
