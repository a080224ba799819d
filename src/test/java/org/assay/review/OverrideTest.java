package org.assay.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.assay.audit.AuditEvent;
import org.assay.grading.ScoreOverride;
import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class OverrideTest {

    private static final String REASON = "Explained the linear cost claim as a slip in the follow-up call";

    @Test
    void overrideChangesTheFinalScoreAndKeepsTheAutomaticOneVisible() {
        var built = ReviewData.submitted("Olga Override", false);
        var session = ReviewData.interviewer("ivy");

        var response = override(session, built, 0, "7.5", REASON);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith(built.transcript() + "#q1");

        var page = session.page(built.transcript());
        assertThat(Html.text(page, ".flash")).isEqualTo("Question 1 now scores 7.5 of 10. Final score: 9.5 of 20.");
        assertThat(Html.text(page, "#final-total")).isEqualTo("9.5 / 20");
        assertThat(Html.text(page, "#automatic-total")).isEqualTo("6.5 / 20");
        assertThat(Html.text(page, "#q1 .final-score")).isEqualTo("7.5 / 10");
        assertThat(Html.text(page, "#q1 .automatic-score")).isEqualTo("4.5 / 10");
        assertThat(Html.text(page, "#q1 .override-note")).startsWith("Changed by ivy at ")
                .endsWith(" UTC: “" + REASON + "”");
    }

    @Test
    void everyOverrideIsAnAuditEventShownInTheHistory() {
        var built = ReviewData.submitted("Hal History", false);
        var session = ReviewData.interviewer("ivy");
        override(session, built, 1, "3", "Named byte pair encoding when asked");
        override(session, built, 1, "3.5", "Also explained the vocabulary trade-off");

        var rows = session.page(built.transcript()).select("#history tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText().subList(1, 5)).containsExactly("ivy",
                "Changed the score of question 2", "2 of 10, automatic",
                "3 of 10: Named byte pair encoding when asked");
        assertThat(rows.get(1).select("td").eachText().subList(3, 5)).containsExactly(
                "3 of 10, set by ivy: Named byte pair encoding when asked",
                "3.5 of 10: Also explained the vocabulary trade-off");
        var events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId = ?2", ReviewAudit.ANSWER, built.answerIds().get(1)).size());
        assertThat(events).isEqualTo(2);
    }

    @Test
    void scoreAboveTheMaximumIsRefusedWithAFieldErrorAndTheTypedReasonKept() {
        var built = ReviewData.submitted("Ines Invalid", false);
        var session = ReviewData.interviewer("ivy");

        var response = override(session, built, 0, "10.5", REASON);
        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(Html.text(page, "#score-" + built.answerIds().get(0) + "-error"))
                .isEqualTo("Enter a score from 0 to 10.");
        assertThat(page.selectFirst("#reason-" + built.answerIds().get(0)).text()).isEqualTo(REASON);
        assertThat(page.selectFirst("#score-" + built.answerIds().get(0)).val()).isEqualTo("10.5");
        assertThat(Html.text(session.page(built.transcript()), "#final-total")).isEqualTo("6.5 / 20");
        assertThat(overrides(built.answerIds().get(0))).isZero();
    }

    @Test
    void negativeNonHalfAndNonNumericScoresAndBlankReasonsAreRefused() {
        var built = ReviewData.submitted("Nell Negative", false);
        var session = ReviewData.interviewer("ivy");
        var id = built.answerIds().get(0);

        assertThat(errors(override(session, built, 0, "-1", REASON), id))
                .containsExactly("Enter a score from 0 to 10.");
        assertThat(errors(override(session, built, 0, "6.25", REASON), id))
                .containsExactly("Use whole or half points, such as 7 or 6.5.");
        assertThat(errors(override(session, built, 0, "seven", REASON), id))
                .containsExactly("Enter a number, such as 7 or 6.5.");
        assertThat(errors(override(session, built, 0, "1E+400000000", REASON), id))
                .containsExactly("Enter a score from 0 to 10.");
        assertThat(errors(override(session, built, 0, "1E-400000000", REASON), id))
                .containsExactly("Enter a score from 0 to 10.");
        assertThat(errors(override(session, built, 0, "", "   "), id)).containsExactly(
                "Enter the new score, from 0 to 10.", "Give a reason for the change; it is kept in the history.");
        assertThat(overrides(id)).isZero();
    }

    @Test
    void reasonLongerThanTheConfiguredLimitIsRefused() {
        var built = ReviewData.submitted("Lena Long", false);
        var response = override(ReviewData.interviewer("ivy"), built, 0, "5", "x".repeat(2001));
        assertThat(errors(response, built.answerIds().get(0)))
                .containsExactly("Keep the reason to 2000 characters or fewer (it has 2001).");
        assertThat(overrides(built.answerIds().get(0))).isZero();
    }

    @Test
    void secondReviewerWorkingFromAStalePageGetsAConflictWithTheirReasonKept() {
        var built = ReviewData.submitted("Connie Conflict", false);
        var first = ReviewData.interviewer("ivy");
        var second = ReviewData.interviewer("rob");
        var secondsForm = formFields(second, built, 0);

        override(first, built, 0, "8", "Strong follow-up answer");
        secondsForm.put("score", "3");
        secondsForm.put("reason", "The linear cost claim is a real misunderstanding");
        var response = second.post(action(built, 0), secondsForm);

        assertThat(response.statusCode()).isEqualTo(409);
        var page = Html.parse(response);
        var id = built.answerIds().get(0);
        assertThat(Html.text(page, "#q1 form.override .warning")).contains("ivy changed this score to 8 of 10",
                "Strong follow-up answer", "Your score and reason are still in the form");
        assertThat(page.selectFirst("#reason-" + id).text())
                .isEqualTo("The linear cost claim is a real misunderstanding");
        assertThat(page.selectFirst("#score-" + id).val()).isEqualTo("3");
        assertThat(Html.text(page, "#q1 .final-score")).isEqualTo("8 / 10");
        assertThat(overrides(id)).isEqualTo(1);

        // Sending the kept form again, now based on ivy's override, is accepted
        var again = new HashMap<String, String>();
        page.select("#q1 form.override input, #q1 form.override textarea")
                .forEach(field -> again.put(field.attr("name"), field.tagName().equals("textarea") ? field.text()
                        : field.val()));
        assertThat(second.post(action(built, 0), again).statusCode()).isEqualTo(303);
        assertThat(Html.text(second.page(built.transcript()), "#q1 .final-score")).isEqualTo("3 / 10");
    }

    @Test
    void regradeSinceThePageWasLoadedIsAConflict() {
        var built = ReviewData.submitted("Rita Regrade", false);
        var session = ReviewData.interviewer("ivy");
        var form = formFields(session, built, 0);
        ReviewData.regrade(built.answerIds().get(0), 5);

        form.put("score", "6");
        form.put("reason", REASON);
        var response = session.post(action(built, 0), form);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Html.text(Html.parse(response), "#q1 form.override .warning"))
                .contains("The engine regraded this answer while you were editing: its automatic score is now 5");
        assertThat(overrides(built.answerIds().get(0))).isZero();
    }

    @Test
    void scoresOfAReviewedAttemptCannotChangeUntilReopened() {
        var built = ReviewData.submitted("Rhea Reviewed", false);
        var session = ReviewData.interviewer("ivy");
        var form = formFields(session, built, 0);
        session.submit(built.transcript(), built.transcript() + "/reviewed", Map.of());

        form.put("score", "6");
        form.put("reason", REASON);
        var response = session.post(action(built, 0), form);
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Html.text(Html.parse(response), "[role=alert]"))
                .contains("This attempt is marked reviewed by ivy. Reopen the review to change a score.");
        assertThat(overrides(built.answerIds().get(0))).isZero();
    }

    @Test
    void answerOfAnotherAttemptIsNotFound() {
        var built = ReviewData.submitted("Anna Answer", false);
        var other = ReviewData.submitted("Otto Other", false);
        var session = ReviewData.interviewer("ivy");
        var form = formFields(session, built, 0);
        form.put("score", "6");
        form.put("reason", REASON);

        var response = session.post(built.transcript() + "/answers/" + other.answerIds().get(0) + "/override", form);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(overrides(other.answerIds().get(0))).isZero();
    }

    @Test
    void apiOverrideReturnsTheNewFinalScore() {
        var built = ReviewData.submitted("Api Ada", false);
        var id = built.answerIds().get(0);
        var json = api().body(Map.of("score", 6.5, "reason", REASON, "overrideId", 0))
                .post("/api/answers/" + id + "/override")
                .then().statusCode(200).extract().jsonPath();

        assertThat(json.getDouble("score")).isEqualTo(6.5);
        assertThat(json.getDouble("automaticScore")).isEqualTo(4.5);
        assertThat(json.getDouble("finalTotal")).isEqualTo(8.5);
        assertThat(json.getDouble("automaticTotal")).isEqualTo(6.5);
        assertThat(json.getDouble("maxTotal")).isEqualTo(20);
        assertThat(json.getLong("attemptId")).isEqualTo(built.attemptId());
        assertThat(overrides(id)).isEqualTo(1);
    }

    @Test
    void apiTranscriptShowsAScoreGivenBeforeTheEngineGradedTheAnswer() {
        var built = ReviewData.submittedUngraded("Api Early");
        var id = built.answerIds().get(0);
        api().body(Map.of("score", 4, "reason", REASON, "overrideId", 0)).post("/api/answers/" + id + "/override")
                .then().statusCode(200);

        var transcript = api().get("/api/attempts/" + built.attemptId() + "/transcript")
                .then().statusCode(200).extract().jsonPath();
        assertThat(transcript.getDouble("answers[0].override.score")).isEqualTo(4);
        assertThat(transcript.getString("answers[0].override.reason")).isEqualTo(REASON);
        assertThat(transcript.getMap("answers[0].override")).doesNotContainKey("gradeId");
    }

    @Test
    void apiRefusesInvalidScoresAsProblemJson() {
        var built = ReviewData.submitted("Api Ivan", false);
        var id = built.answerIds().get(0);
        var response = api().body(Map.of("score", 11, "reason", "", "overrideId", 0))
                .post("/api/answers/" + id + "/override");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("errors.field")).containsExactly("score", "reason");
        assertThat(overrides(id)).isZero();
    }

    @Test
    void apiRefusesAScoreWithAHugeExponentAtOnce() {
        var built = ReviewData.submitted("Api Exponent", false);
        var id = built.answerIds().get(0);

        var response = api().body("{\"score\": 1E+1000000000, \"overrideId\": 0, \"reason\": \"" + REASON + "\"}")
                .post("/api/answers/" + id + "/override");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.jsonPath().getList("errors.field")).containsExactly("score");
        assertThat(overrides(id)).isZero();
    }

    @Test
    void apiOverrideBasedOnAnOldOverrideIsAConflict() {
        var built = ReviewData.submitted("Api Conflict", false);
        var id = built.answerIds().get(0);
        api().body(Map.of("score", 6, "reason", REASON, "overrideId", 0)).post("/api/answers/" + id + "/override")
                .then().statusCode(200);

        var response = api().body(Map.of("score", 7, "reason", REASON, "overrideId", 0))
                .post("/api/answers/" + id + "/override");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.jsonPath().getString("detail")).startsWith("admin changed this score to 6 of 10");
        assertThat(overrides(id)).isEqualTo(1);
    }

    @Test
    void apiOverrideWithoutTheOverrideItReplacesIsRefused() {
        var built = ReviewData.submitted("Api Unversioned", false);
        var id = built.answerIds().get(0);

        var response = api().body(Map.of("score", 6, "reason", REASON)).post("/api/answers/" + id + "/override");

        assertThat(response.statusCode()).isEqualTo(428);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains("overrideId");
        assertThat(overrides(id)).isZero();
    }

    @Test
    void simultaneousApiOverridesOfTheSameScoreLetOnlyOneThrough() throws Exception {
        var built = ReviewData.submitted("Api Race", false);
        var id = built.answerIds().get(0);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var sent = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                var score = i;
                sent.add(pool.submit(() -> api().body(Map.of("score", score, "reason", REASON, "overrideId", 0))
                        .post("/api/answers/" + id + "/override").statusCode()));
            }
            var statuses = new ArrayList<Integer>();
            for (var future : sent) {
                statuses.add(future.get());
            }
            assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(overrides(id)).isEqualTo(1);
    }

    static RequestSpecification api() {
        return given().auth().preemptive()
                .basic(WebSession.ADMIN, WebSession.ADMIN_PASSWORD).contentType("application/json");
    }

    static Response override(WebSession session, ReviewData.Built built, int question,
            String score, String reason) {
        var form = formFields(session, built, question);
        form.put("score", score);
        form.put("reason", reason);
        return session.post(action(built, question), form);
    }

    /** The hidden fields of a question's override form as the transcript shows them now, with the CSRF token. */
    static Map<String, String> formFields(WebSession session, ReviewData.Built built, int question) {
        var page = session.page(built.transcript());
        var fields = new HashMap<String, String>();
        page.select("#q" + (question + 1) + " form.override input[type=hidden]")
                .forEach(input -> fields.put(input.attr("name"), input.val()));
        return fields;
    }

    static String action(ReviewData.Built built, int question) {
        return built.transcript() + "/answers/" + built.answerIds().get(question) + "/override";
    }

    private static List<String> errors(Response response, long answerId) {
        assertThat(response.statusCode()).isEqualTo(422);
        return Html.parse(response).select("#reason-" + answerId + "-error, #score-" + answerId + "-error")
                .eachText();
    }

    private static long overrides(long answerId) {
        return QuarkusTransaction.requiringNew().call(() -> ScoreOverride.count("answer.id", answerId));
    }
}
