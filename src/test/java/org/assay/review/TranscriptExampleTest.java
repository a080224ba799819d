package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.assay.rubric.RubricExample;
import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.WebSession;

/** Keeping a reviewed answer as a graded example of its question, from the transcript. */
@QuarkusTest
class TranscriptExampleTest {

    private static final String KEEP_BUTTON = "Keep as graded example";
    private static final String REASON = "Named the mechanism in other words during the call";
    private static final String KEEP_ACTION = "/admin/examples/from-answer";

    @Test
    void adminKeepsAnOverriddenAnswerAndReturnsToTheTranscriptWithAConfirmation() {
        var built = ReviewData.submitted("Kim Keep", false);
        var admin = WebSession.admin();
        OverrideTest.override(admin, built, 0, "7.5", REASON);
        var transcript = admin.page(built.transcript());
        var fields = Forms.fields(transcript, "#q1-keep form");
        fields.put("kind", "paraphrase");

        var response = admin.post(KEEP_ACTION, fields);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith(built.transcript() + "#q1");
        var back = admin.page(built.transcript());
        assertThat(Html.text(back, ".flash")).isEqualTo(
                "Kept the answer to question 1 as a graded example of q06 (paraphrase, expected score 7.5).");
        assertThat(back.select("#q1-keep form")).as("no second keep button").isEmpty();
        assertThat(Html.text(back, "#q1-keep")).isEqualTo("Kept as a graded example of q06.");
        var row = exampleRow(admin, transcript, built.answerIds().get(0));
        assertThat(row.select("td").eachText().subList(1, 3)).containsExactly("paraphrase", "transcript");
        assertThat(row.select("td").get(4).text()).isEqualTo("7.5");
        assertThat(row.select("td").get(3).text()).isEqualTo(
                ReviewData.ATTENTION_ANSWER.replace('\n', ' '));
    }

    @Test
    void anAnswerNobodyHasScoredYetOffersNoButtonUntilTheAttemptIsMarkedReviewed() {
        var built = ReviewData.submitted("Nico Notyet", false);
        var admin = WebSession.admin();

        var before = admin.page(built.transcript());
        admin.submit(built.transcript(), built.transcript() + "/reviewed", Map.of());
        var after = admin.page(built.transcript());
        var response = admin.post(KEEP_ACTION, Forms.fields(after, "#q2-keep form"));

        assertThat(keepButtons(before)).isEmpty();
        assertThat(Html.text(before, "#q2-keep .help")).contains("change its score or mark the attempt reviewed");
        assertThat(after.select("#q1-keep button, #q2-keep button").eachText()).containsExactly(KEEP_BUTTON,
                KEEP_BUTTON);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(kept(built.answerIds().get(1))).singleElement().satisfies(e -> {
            assertThat(e.expectedScore).isEqualTo(ReviewData.TOKENIZATION_SCORE);
            assertThat(e.kind).isEqualTo("minimal");
        });
    }

    @Test
    void interviewerSeesNoButtonAndIsRefusedWhenPostingAnyway() {
        var built = ReviewData.submitted("Ines Interviewed", false);
        var interviewer = ReviewData.interviewer("ivy");
        OverrideTest.override(interviewer, built, 0, "7.5", REASON);

        var page = interviewer.page(built.transcript());
        var response = interviewer.submit(built.transcript(), KEEP_ACTION,
                Map.of("answerId", Long.toString(built.answerIds().get(0))));

        assertThat(page.select(".keep-example")).isEmpty();
        assertThat(page.select("form[action=" + KEEP_ACTION + "]")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(kept(built.answerIds().get(0))).isEmpty();
    }

    @Test
    void printViewHasNoKeepButton() {
        var built = ReviewData.submitted("Pia Print", false);
        var admin = WebSession.admin();
        OverrideTest.override(admin, built, 0, "7.5", REASON);

        var print = admin.page(built.transcript() + "/print");

        assertThat(keepButtons(print)).isEmpty();
    }

    @Test
    void aBadAnswerIdOrKindGivesAClearErrorPage() {
        var built = ReviewData.submitted("Bea Bad", false);
        var admin = WebSession.admin();
        OverrideTest.override(admin, built, 0, "7.5", REASON);
        var answerId = Long.toString(built.answerIds().get(0));

        var notANumber = admin.submit(built.transcript(), KEEP_ACTION, Map.of("answerId", "12abc"));
        var missing = admin.submit(built.transcript(), KEEP_ACTION, Map.of("answerId", "999999999"));
        var badKind = admin.submit(built.transcript(), KEEP_ACTION, Map.of("answerId", answerId, "kind",
                "brilliant"));

        assertErrorPage(notANumber, 422, "Say which answer to keep");
        assertErrorPage(missing, 404, "There is no answer 999999999.");
        assertErrorPage(badKind, 422, "Choose one of: excellent, paraphrase");
        assertThat(kept(built.answerIds().get(0))).isEmpty();
    }

    private static void assertErrorPage(Response response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        var page = Html.parse(response);
        assertThat(Html.text(page, ".error-page .status")).isEqualTo("Error " + status);
        assertThat(Html.text(page, ".error-page .detail")).contains(detail);
        assertThat(page.text()).doesNotContain("Exception", "at org.assay");
    }

    private static List<String> keepButtons(Document page) {
        return page.select(".keep-example button").eachText();
    }

    /** The examples page row of the example kept from {@code answerId}, reached through the transcript's link. */
    private static Element exampleRow(WebSession session, Document transcript, long answerId) {
        var examplesPage = session.page(transcript.select("#q1-keep a").attr("href"));
        var id = kept(answerId).get(0).id;
        return examplesPage.selectFirst("#examples-list tr.example-row[data-example=" + id + "]");
    }

    private static List<RubricExample> kept(long answerId) {
        return QuarkusTransaction.requiringNew().call(() -> RubricExample.list("answerId", answerId));
    }
}
