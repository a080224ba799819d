package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.engine.score.CriterionResult;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.Flag;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.assay.session.Answer;
import org.assay.support.Html;

/** A reviewer moves through the list they filtered without going back to it. */
@QuarkusTest
class ReviewFlowTest {

    @Test
    void nextPreviousAndNextUnreviewedWalkTheFilteredListInItsOrder() {
        var assessment = ReviewData.newAssessment("Flow", false);
        var anna = ReviewData.submitted(assessment, "Anna Flow");
        var bert = ReviewData.submitted(assessment, "Bert Flow");
        var cleo = ReviewData.submitted(assessment, "Cleo Flow");
        var session = ReviewData.interviewer("ivy");
        session.submit(bert.transcript(), bert.transcript() + "/reviewed", Map.of());
        var query = "?assessment=" + assessment + "&sort=candidate&dir=asc";

        var list = session.page("/review" + query);
        assertThat(list.select("table.attempts tbody a").eachAttr("href")).containsExactly(anna.transcript(),
                bert.transcript(), cleo.transcript());

        // Opened from the list, the transcript walks that list; its links then carry the list along
        var first = session.page(anna.transcript());
        assertThat(first.select("#previous-attempt")).isEmpty();
        assertThat(first.selectFirst("#next-attempt").attr("href")).isEqualTo(bert.transcript() + query);
        assertThat(first.selectFirst("#next-unreviewed").attr("href")).isEqualTo(cleo.transcript() + query);
        assertThat(Html.text(first, ".nav-position")).isEqualTo("Attempt 1 of 3");

        var last = session.page(cleo.transcript() + query);
        assertThat(last.selectFirst("#previous-attempt").attr("href")).isEqualTo(bert.transcript() + query);
        assertThat(last.select("#next-attempt")).isEmpty();
        assertThat(last.selectFirst("#next-unreviewed").attr("href")).isEqualTo(anna.transcript() + query);

        var toReview = "?assessment=" + assessment + "&status=to-review&sort=candidate&dir=asc";
        var filtered = session.page(anna.transcript() + toReview);
        assertThat(filtered.selectFirst("#next-attempt").attr("href")).isEqualTo(cleo.transcript() + toReview);
        assertThat(Html.text(filtered, ".nav-position")).isEqualTo("Attempt 1 of 2");
    }

    @Test
    void formsSentFromAFilteredTranscriptComeBackToTheSameList() {
        var assessment = ReviewData.newAssessment("Flow forms", false);
        var built = ReviewData.submitted(assessment, "Dora Flow");
        var next = ReviewData.submitted(assessment, "Emil Flow");
        var session = ReviewData.interviewer("ivy");
        var query = "?assessment=" + assessment + "&sort=candidate&dir=asc";
        var page = session.page(built.transcript() + query);
        assertThat(page.selectFirst("#mark-reviewed").attr("action")).isEqualTo(built.transcript() + "/reviewed"
                + query);

        var response = session.submit(built.transcript(), built.transcript() + "/reviewed" + query, Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith(built.transcript() + query);
        var after = session.page(built.transcript() + query);
        assertThat(after.selectFirst("#next-unreviewed").attr("href")).isEqualTo(next.transcript() + query);
    }

    @Test
    void theTranscriptListsItsKeyboardShortcuts() {
        var built = ReviewData.submitted("Kit Keys", false);
        var page = ReviewData.interviewer("ivy").page(built.transcript());

        assertThat(page.selectFirst("script[src=/js/review-keys.js]")).isNotNull();
        assertThat(page.selectFirst("#shortcuts").hasAttr("hidden")).isTrue();
        assertThat(page.select("#shortcuts dd").eachText()).contains("Next attempt", "Previous attempt",
                "Next unreviewed attempt", "Mark criterion C1 … C9 of the current question met or not",
                "Focus the reason for the current question's criteria", "Mark the attempt reviewed");
    }

    @Test
    void aBlankAnswerShowsOnlyThatItScoresNothing() {
        var built = ReviewData.submitted("Bea Blank", false);
        var answerId = built.answerIds().get(1);
        QuarkusTransaction.requiringNew().run(() -> {
            Answer answer = Answer.findById(answerId);
            answer.text = "";
            var missing = new CriterionResult("mechanism", "Compares each token with the others", 0, 6,
                    CriterionStatus.MISSING, List.of());
            ReviewData.grade(answer, new GradeReport(0, ReviewData.QUESTION_POINTS, List.of(missing), List.of(),
                    List.of(new Flag(FlagCode.TOO_SHORT, "The answer has 0 words.")), 0.9, "0.1.0", "test"));
        });

        var page = ReviewData.interviewer("ivy").page(built.transcript());

        var question = page.selectFirst("#q2");
        assertThat(question.select(".no-answer").text()).isEqualTo("No answer: 0 points");
        assertThat(question.text()).doesNotContain("Confidence").doesNotContain("Very short")
                .doesNotContain("missing");
        assertThat(question.select(".criteria, .flags, .q-score, form")).isEmpty();
        assertThat(Html.text(page, "#q1 .final-score")).isEqualTo("4.5 / 10");
    }
}
