package org.assay.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.assay.support.Html;
import org.assay.support.TestData;
import org.assay.support.WebSession;

/** An answer that repeats another candidate's answer is shown beside it for a person to judge. */
@QuarkusTest
class SimilarAnswersTest {

    private static final String ORIGINAL = "Overfitting is when the model memorises the training examples, noise"
            + " included, instead of the general pattern, so it does well on training data and badly on new data;"
            + " you notice it as a growing gap between training and validation loss.";
    private static final String OWN_WORDS = "A model that fits its training set too closely learns quirks that do"
            + " not carry over, and its validation error climbs while training error keeps falling.";

    @Test
    void aCopiedAnswerIsFlaggedAndShownBesideTheAnswerItRepeatsWithTheScoreUnchanged() throws Exception {
        var original = TestData.invitation(1);
        var copier = TestData.invitationFor(original, "Ben Copier");
        var independent = TestData.invitationFor(original, "Cy Independent");
        take(original, ORIGINAL);
        take(copier, "My answer: " + ORIGINAL + " That is all.");
        take(independent, OWN_WORDS);
        var reviewer = ReviewData.interviewer("rhea");

        var copied = awaitSimilar(reviewer, copier);

        assertThat(copied.select("#q1 .similar p").text()).contains("repeat the answer of " + TestData.CANDIDATE);
        assertThat(copied.select("#q1 .flags").text()).contains("Copied text");
        var columns = copied.select("#q1 .side-by-side > div");
        assertThat(columns).hasSize(2);
        assertThat(columns.get(0).select("mark.ev-copied").text()).contains("memorises the training examples");
        assertThat(columns.get(1).select("mark.ev-copied").text()).contains("memorises the training examples");
        assertThat(columns.get(0).text()).contains("That is all.");

        var originalPage = awaitSimilar(reviewer, original);
        assertThat(originalPage.select("#q1 .similar p").text()).contains("Ben Copier");

        var ownPage = reviewer.page(transcript(independent));
        assertThat(ownPage.select("#q1 .similar")).isEmpty();
        assertThat(ownPage.select("#q1 .flags").text()).doesNotContain("Copied text");
        assertThat(Html.text(copied, "#automatic-total")).isNotEmpty();
    }

    private static void take(TestData.Invite invite, String text) {
        call(invite, "/start", Map.of(), false);
        call(invite, "/answers/q01", Map.of("text", text, "revision", 1), true);
        call(invite, "/submit", Map.of(), false);
    }

    private static void call(TestData.Invite invite, String rest, Map<String, Object> body, boolean put) {
        var request = given().contentType(ContentType.JSON).body(body);
        var path = "/api/t/" + invite.token() + rest;
        (put ? request.put(path) : request.post(path)).then().statusCode(200);
    }

    private static String transcript(TestData.Invite invite) {
        return "/review/attempts/" + TestData.attempt(invite).id;
    }

    /** The transcript once the answer has been graded and compared; the first grading waits for the models. */
    private static Document awaitSimilar(WebSession reviewer, TestData.Invite invite) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        var page = reviewer.page(transcript(invite));
        while (page.select("#q1 .similar").isEmpty() && System.nanoTime() < until) {
            Thread.sleep(250);
            page = reviewer.page(transcript(invite));
        }
        return page;
    }
}
