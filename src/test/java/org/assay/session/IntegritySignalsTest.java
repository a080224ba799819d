package org.assay.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.assay.assessment.Assessment;
import org.assay.support.Api;
import org.assay.support.TestData;
import org.assay.support.WebSession;

/** Integrity signals: recorded with their time, summed up for reviewers and exports, never scored. */
@QuarkusTest
class IntegritySignalsTest {

    private static final String ANSWER = "x".repeat(200);

    private static Candidate started() {
        var candidate = new Candidate(TestData.invitation(2));
        candidate.start();
        return candidate;
    }

    private static Response report(Candidate candidate, List<Map<String, Object>> signals) {
        return candidate.browser.request().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("signals", signals)).post(candidate.api("/signals"));
    }

    private static Map<String, Object> signal(String kind, String qid, long amount) {
        return Map.of("kind", kind, "qid", qid, "amount", amount, "at", Instant.now().toString());
    }

    private static long attemptId(Candidate candidate) {
        return TestData.attempt(candidate.invite).id;
    }

    @Test
    void signalsAreStoredAndTheReviewerSeesMajorConcernsWithTheReasonsAndNoScoreChange() {
        var candidate = started();
        candidate.save("q01", ANSWER, 1).then().statusCode(200);

        var stored = report(candidate, List.of(signal("PASTE", "q01", 160), signal("FOCUS", "q01", 400_000),
                signal("TYPING", "q02", 300), signal("WEBCAM", "q01", 1)));
        candidate.submitForm();

        assertThat(stored.jsonPath().getInt("stored")).isEqualTo(3);
        var page = WebSession.admin().page("/review/attempts/" + attemptId(candidate));
        assertThat(page.select("#integrity-level").text()).isEqualTo("Major concerns");
        assertThat(page.select("#integrity-reasons li").eachText()).containsExactly(
                "Question 1: 80% of the answer was pasted (1 paste, 160 characters)",
                "Left the test once for 6 min 40 s in all (longest 6 min 40 s)",
                "1 burst of text appearing faster than a person types (up to 300 characters in a second)");
        assertThat(page.select("#integrity-signals li")).hasSize(3);

        var json = Api.json(Api.asAdmin().get("/api/attempts/" + attemptId(candidate) + "/transcript"));
        assertThat(json.getString("integrity.level")).isEqualTo("major");
        assertThat(json.getList("integrity.signals.kind")).containsExactly("paste", "focus", "typing");
        var results = Api.json(Api.asAdmin().get("/api/assessments/" + candidate.invite.assessmentId() + "/results"));
        assertThat(results.getString("candidates[0].integrity.level")).isEqualTo("major");
        assertThat(results.getList("candidates[0].integrity.reasons")).hasSize(3);
        var csv = Api.asAdmin().accept("text/csv").get("/api/assessments/" + candidate.invite.assessmentId()
                + "/results.csv").asString()
                .split("\r\n");
        assertThat(csv[0]).endsWith(",integrity,integrity_reasons");
        assertThat(csv[1]).endsWith(",Major concerns,\"Question 1: 80% of the answer was pasted (1 paste, "
                + "160 characters); Left the test once for 6 min 40 s in all (longest 6 min 40 s); 1 burst of text "
                + "appearing faster than a person types (up to 300 characters in a second)\"");
    }

    @Test
    void aShortAbsenceIsSomeConcernsAndNothingIsNoConcerns() {
        var some = started();
        var none = started();
        report(some, List.of(signal("FOCUS", "q01", 8000)));
        some.submitForm();
        none.submitForm();

        var admin = WebSession.admin();
        assertThat(admin.page("/review/attempts/" + attemptId(some)).select("#integrity-level").text())
                .isEqualTo("Some concerns");
        assertThat(admin.page("/review/attempts/" + attemptId(none)).select("#integrity-level").text())
                .isEqualTo("No concerns");
    }

    @Test
    void aKindTurnedOffIsNeitherStoredNorAnnounced() {
        var candidate = new Candidate(TestData.invitation(2));
        var off = Api.asAdmin().body(Map.of("pastes", false, "focus", true, "typing", false))
                .put("/api/assessments/" + candidate.invite.assessmentId() + "/integrity");
        assertThat(off.statusCode()).isEqualTo(200);

        var welcome = candidate.page("");
        candidate.start();
        var stored = report(candidate, List.of(signal("PASTE", "q01", 500), signal("FOCUS", "q01", 3000),
                signal("TYPING", "q01", 400)));

        assertThat(stored.jsonPath().getInt("stored")).isEqualTo(1);
        assertThat(candidate.page("/q/1").select("#answer-form").attr("data-signals"))
                .as("the page sends only the kinds recorded").isEqualTo("FOCUS");
        assertThat(welcome.select("#recorded li").eachText())
                .containsExactly("when you leave the test's tab or window, and for how long");
        var settings = QuarkusTransaction.requiringNew().call(() -> {
            Assessment a = Assessment.findById(candidate.invite.assessmentId());
            return List.of(a.recordPastes, a.recordFocus, a.recordTyping);
        });
        assertThat(settings).containsExactly(false, true, false);
    }

    @Test
    void theWelcomePageSaysExactlyWhatIsRecorded() {
        var page = new Candidate(TestData.invitation(1)).page("");

        assertThat(page.select("#recorded li").eachText()).hasSize(3);
        assertThat(page.select("#recorded").text()).contains("paste").contains("never change your score");
    }

    @Test
    void aDeviceThatWasTakenOverReportsNothing() {
        var candidate = started();
        var other = new Candidate(candidate.invite);
        other.browser.submit(other.link(""), other.link("/takeover"), Map.of());

        var stored = report(candidate, List.of(signal("PASTE", "q01", 500)));

        assertThat(stored.jsonPath().getInt("stored")).isZero();
    }
}
