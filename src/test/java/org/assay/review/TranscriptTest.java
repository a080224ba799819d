package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.rubric.Question;
import org.assay.session.Answer;
import org.assay.support.Html;

@QuarkusTest
class TranscriptTest {

    private static final String CANDIDATE = "Grace Transcript";

    @Test
    void showsTotalsPromptsTimeAndSaves() {
        var built = ReviewData.submitted(CANDIDATE, false);
        var page = ReviewData.interviewer("ivy").page(built.transcript());

        assertThat(Html.text(page, "h1")).isEqualTo(CANDIDATE);
        assertThat(Html.text(page, "#final-total")).isEqualTo("6.5 / 20");
        assertThat(Html.text(page, "#automatic-total")).isEqualTo("6.5 / 20");
        var first = page.selectFirst("#q1");
        assertThat(Html.text(page, "#q1 .prompt")).isEqualTo(ReviewData.SELF_ATTENTION_PROMPT);
        assertThat(Html.text(page, "#q2 .prompt")).isEqualTo(ReviewData.TOKENIZATION_PROMPT);
        assertThat(first.select(".q-score").text()).contains("Time spent 4 min 12 s", "Saves 7",
                "Automatic 4.5 / 10", "Confidence 62%");
    }

    @Test
    void showsEachQuestionUnderTheTitleTheCandidateSawAfterTheQuestionIsRenamed() {
        var built = ReviewData.submitted(CANDIDATE, false);
        String seen = QuarkusTransaction.requiringNew().call(() -> {
            Question question = Answer.<Answer>findById(built.answerIds().get(0)).question;
            var before = question.title;
            question.title = "Renamed after the test";
            return before;
        });

        var page = ReviewData.interviewer("ivy").page(built.transcript());
        var json = OverrideTest.api().get("/api/attempts/" + built.attemptId() + "/transcript").jsonPath();

        assertThat(Html.text(page, "#q1-title")).isEqualTo("Question 1: " + seen).doesNotContain("Renamed");
        assertThat(json.getString("answers[0].title")).isEqualTo(seen);
    }

    @Test
    void highlightsEvidenceInTheAnswerLabelledWithCriterionAndMatchKind() {
        var built = ReviewData.submitted(CANDIDATE, false);
        var page = ReviewData.interviewer("ivy").page(built.transcript());

        var answer = page.selectFirst("#q1 .answer-text");
        assertThat(answer.wholeText()).isEqualTo(ReviewData.ATTENTION_ANSWER
                .replace("similarity", "similarityC1 exact").replace("values.", "valuesC1 lemma.")
                .replace("other tokens.", "other tokensC2 semantic.").replace("length.", "lengthM1 exact."));
        assertThat(answer.select("mark.ev-exact").eachText()).containsExactly("query key similarity");
        assertThat(answer.select("mark.ev-lemma").eachText()).containsExactly("weighted sum of the values");
        assertThat(answer.select("mark.ev-semantic").eachText())
                .containsExactly("every token look at all the other tokens");
        assertThat(answer.select("mark.ev-wrong").eachText()).containsExactly("linear in sequence length");
        assertThat(answer.select("sup.ev-tag").eachText())
                .containsExactly("C2 semantic", "C1 exact", "C1 lemma", "M1 exact");
        assertThat(answer.selectFirst("mark.ev-lemma").attr("title"))
                .isEqualTo("Criterion C1: Compares each token with the others and blends the values"
                        + " (lemma: another form of the same word)");
    }

    @Test
    void listsCriteriaWithPointsMisconceptionsAndExplainedFlags() {
        var built = ReviewData.submitted(CANDIDATE, false);
        var page = ReviewData.interviewer("ivy").page(built.transcript());

        var criteria = page.select("#q1 .criteria > li");
        assertThat(criteria).hasSize(2);
        assertThat(criteria.get(0).select(".criterion-result").text()).isEqualTo("met, 4.5 of 6 points");
        assertThat(criteria.get(1).select(".criterion-result").text()).isEqualTo("partly met, 2 of 4 points");
        assertThat(criteria.get(0).select(".evidence li").eachText()).containsExactly(
                "“query key similarity” matched “query key similarity”, exact: the same words",
                "“weighted sum of the values” matched “weighted sum of values”, lemma: another form of the same word");
        assertThat(Html.text(page, "#q2 .criteria > li.status-missing .criterion-status")).isEqualTo("missing");
        assertThat(Html.text(page, "#q1 .misconceptions > li"))
                .startsWith("M1 Says attention cost grows linearly with length: minus 2 points");
        assertThat(Html.text(page, "#q1 .flags li")).startsWith("Low confidence. The score rests on weak matches")
                .endsWith("Engine: Part of the score rests on a match by meaning only.");
        assertThat(Html.text(page, "#q2 .flags li")).startsWith("Very short. The answer is very short");
    }

    @Test
    void answerTextIsEscapedNotInterpretedAsHtml() {
        var built = ReviewData.submitted(CANDIDATE, false);
        var text = "<script>alert(1)</script> & <b>query key similarity</b>";
        ReviewDataEdits.regradeWithText(built.answerIds().get(1), text, "query key similarity");
        var page = ReviewData.interviewer("ivy").page(built.transcript());

        var answer = page.selectFirst("#q2 .answer-text");
        assertThat(answer.select("script, b")).isEmpty();
        assertThat(answer.select("mark").eachText()).containsExactly("query key similarity");
        assertThat(answer.wholeText()).isEqualTo(text.replace("</b>", "C1 exact</b>"));
    }

    @Test
    void evidenceThatDoesNotMatchTheAnswerTextIsNotHighlighted() {
        var built = ReviewData.submitted(CANDIDATE, false);
        ReviewDataEdits.setAnswerText(built.answerIds().get(1), "Something else entirely.");
        var page = ReviewData.interviewer("ivy").page(built.transcript());

        assertThat(page.select("#q2 .answer-text mark")).isEmpty();
        assertThat(page.selectFirst("#q2 .answer-text").wholeText()).isEqualTo("Something else entirely.");
    }

    @Test
    void blindReviewHidesTheNameUntilMarkedReviewed() {
        var built = ReviewData.submitted(CANDIDATE, true);
        var session = ReviewData.interviewer("ivy");

        var page = session.page(built.transcript());
        assertThat(Html.text(page, "h1")).isEqualTo("Candidate #" + built.attemptId());
        assertThat(page.text()).doesNotContain(CANDIDATE).doesNotContain("@example.org");
        assertThat(session.get("/api/attempts/" + built.attemptId() + "/transcript").jsonPath().getString("candidate"))
                .isEqualTo("Candidate #" + built.attemptId());

        session.submit(built.transcript(), built.transcript() + "/reviewed", Map.of());
        assertThat(Html.text(session.page(built.transcript()), "h1")).isEqualTo(CANDIDATE);
    }

    @Test
    void printViewShowsTheTranscriptWithoutForms() {
        var built = ReviewData.submitted(CANDIDATE, false);
        var page = ReviewData.interviewer("ivy").page(built.transcript() + "/print");

        assertThat(Html.text(page, "h1")).isEqualTo(CANDIDATE);
        assertThat(page.select("form.override")).isEmpty();
        assertThat(page.select("#q1 mark.ev")).hasSize(4);
        assertThat(Html.text(page, "#final-total")).isEqualTo("6.5 / 20");
    }

    @Test
    void transcriptJsonCarriesAnswersReportsAndTotals() {
        var built = ReviewData.submitted(CANDIDATE, false);
        var json = ReviewData.interviewer("ivy").get("/api/attempts/" + built.attemptId() + "/transcript")
                .then().statusCode(200).extract().jsonPath();

        assertThat(json.getString("candidate")).isEqualTo(CANDIDATE);
        assertThat(json.getDouble("finalTotal")).isEqualTo(6.5);
        assertThat(json.getList("answers.answerId", Long.class)).containsExactlyElementsOf(built.answerIds());
        assertThat(json.getString("answers[0].answer")).isEqualTo(ReviewData.ATTENTION_ANSWER);
        assertThat(json.getInt("answers[0].secondsSpent")).isEqualTo(ReviewData.ATTENTION_SECONDS);
        assertThat(json.getString("answers[0].report.criteria[0].evidence[1].kind")).isEqualTo("LEMMA");
    }

    @Test
    void unknownAttemptIsNotFound() {
        var session = ReviewData.interviewer("ivy");
        var response = session.get("/review/attempts/987654321");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Html.text(Html.parse(response), "h1")).isEqualTo("Not found");
    }
}
