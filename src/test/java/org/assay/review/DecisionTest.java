package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.assay.session.Attempt;
import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class DecisionTest {

    private static final String SUMMARY = "Clear on the mechanism, shaky on cost; worth a second interview.";

    @Test
    void savesRecommendationAndSummaryAndShowsTheChangeInTheHistory() {
        var built = ReviewData.submitted("Dora Decision", false);
        var session = ReviewData.interviewer("ivy");

        var response = decide(session, built, Map.of("recommendation", "YES", "summary", SUMMARY));
        assertThat(response.statusCode()).isEqualTo(303);

        var page = session.page(built.transcript());
        assertThat(page.selectFirst("#recommendation option[selected]").text()).isEqualTo("Yes");
        assertThat(page.selectFirst("#summary").text()).isEqualTo(SUMMARY);
        assertThat(page.select("#history tbody tr").get(0).select("td").eachText().subList(1, 5)).containsExactly(
                "ivy", "Saved the recommendation and summary", "Recommendation: none. Summary: none",
                "Recommendation: Yes. Summary: " + SUMMARY);
    }

    @Test
    void markingReviewedAndReopeningAreAuditedAndLockTheScores() {
        var built = ReviewData.submitted("Rene Reviewed", false);
        var session = ReviewData.interviewer("ivy");

        assertThat(session.submit(built.transcript(), built.transcript() + "/reviewed", Map.of()).statusCode())
                .isEqualTo(303);
        var reviewed = session.page(built.transcript());
        assertThat(Html.text(reviewed, "#decision .badge")).isEqualTo("Reviewed");
        assertThat(reviewed.select("form.override")).isEmpty();
        assertThat(attempt(built).reviewedBy).isEqualTo("ivy");

        assertThat(session.submit(built.transcript(), built.transcript() + "/reopen", Map.of()).statusCode())
                .isEqualTo(303);
        var reopened = session.page(built.transcript());
        assertThat(reopened.select("form.override")).hasSize(2);
        assertThat(reopened.select("#history tbody tr")).extracting(row -> row.select("td").get(2).text())
                .containsExactly("Marked the attempt reviewed", "Reopened the review");
        assertThat(reopened.select("#history tbody tr").get(1).select("td").get(3).text())
                .startsWith("reviewed by ivy at ");
        assertThat(attempt(built).reviewed).isFalse();
    }

    @Test
    void summaryLongerThanTheConfiguredLimitIsRefusedAndKept() {
        var built = ReviewData.submitted("Sam Summary", false);
        var session = ReviewData.interviewer("ivy");
        var tooLong = "y".repeat(5001);

        var response = decide(session, built, Map.of("recommendation", "NO", "summary", tooLong));
        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(Html.text(page, "#summary-error")).isEqualTo("Keep the summary to 5000 characters or fewer (it has"
                + " 5001).");
        assertThat(page.selectFirst("#summary").text()).isEqualTo(tooLong);
        assertThat(page.selectFirst("#recommendation option[selected]").text()).isEqualTo("No");
        assertThat(attempt(built).summary).isNull();
    }

    @Test
    void unknownRecommendationIsRefused() {
        var built = ReviewData.submitted("Una Unknown", false);
        var response = decide(ReviewData.interviewer("ivy"), built, Map.of("recommendation", "MAYBE", "summary", ""));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(response), "#decision .error"))
                .isEqualTo("Choose one of the recommendations, or none yet.");
        assertThat(attempt(built).recommendation).isNull();
    }

    @Test
    void decisionFromAStalePageIsAConflictAndKeepsTheTypedSummary() {
        var built = ReviewData.submitted("Vera Version", false);
        var first = ReviewData.interviewer("ivy");
        var second = ReviewData.interviewer("rob");
        var stale = hiddenFields(first, built);

        decide(second, built, Map.of("recommendation", "STRONG_NO", "summary", "Did not know the basics."));
        stale.put("recommendation", "STRONG_YES");
        stale.put("summary", SUMMARY);
        var response = first.post(built.transcript() + "/decision", stale);

        assertThat(response.statusCode()).isEqualTo(409);
        var page = Html.parse(response);
        assertThat(Html.text(page, "#decision .warning"))
                .startsWith("rob saved the recommendation and summary at ")
                .contains("what you typed is still in the form");
        assertThat(page.selectFirst("#summary").text()).isEqualTo(SUMMARY);
        assertThat(page.selectFirst("#recommendation option[selected]").text()).isEqualTo("Strong yes");
        assertThat(attempt(built).recommendation).isEqualTo("STRONG_NO");
    }

    @Test
    void attemptInProgressCannotBeMarkedReviewed() {
        var assessment = ReviewData.newAssessment("In progress only", false);
        var built = ReviewData.inProgress(assessment, "Ian Progress");
        var session = ReviewData.interviewer("ivy");

        var page = session.page(built.transcript());
        assertThat(Html.text(page, "#decision p")).isEqualTo("The candidate has not submitted yet. Scores can be"
                + " reviewed once they do.");
        var response = session.submit(built.transcript(), built.transcript() + "/reviewed", Map.of());
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(attempt(built).reviewed).isFalse();
    }

    private static Response decide(WebSession session, ReviewData.Built built,
            Map<String, String> fields) {
        var form = hiddenFields(session, built);
        form.putAll(fields);
        return session.post(built.transcript() + "/decision", form);
    }

    private static Map<String, String> hiddenFields(WebSession session, ReviewData.Built built) {
        var fields = new HashMap<String, String>();
        session.page(built.transcript()).select("#decision form[action$=/decision] input[type=hidden]")
                .forEach(input -> fields.put(input.attr("name"), input.val()));
        return fields;
    }

    private static Attempt attempt(ReviewData.Built built) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(built.attemptId()));
    }
}
