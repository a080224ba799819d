package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.session.Attempt;
import org.assay.support.Html;

/**
 * One answer's score as every view shows it: the transcript page and JSON, the review list, the CSV and JSON exports,
 * the invitation API and the totals the override API returns must all say the same.
 */
@QuarkusTest
class ScoreAgreementTest {

    @Test
    void everyViewShowsTheOverrideAndTheSameTotalsWhileAnAnswerWaitsForGrading() {
        var assessment = ReviewData.newAssessment("Score agreement", false);
        var built = ReviewData.partlyGraded(assessment, "Alma Agree");
        var saved = OverrideTest.api().body(Map.of("score", 9, "reason", "Covers the mechanism fully", "overrideId", 0))
                .post("/api/answers/" + built.answerIds().get(0) + "/override").then().statusCode(200).extract()
                .jsonPath();
        // Automatic 4.5 and final 9 on the first question; the second (10 points) has no score yet
        assertThat(List.of(saved.getDouble("score"), saved.getDouble("automaticTotal"),
                saved.getDouble("finalTotal"), saved.getDouble("maxTotal"))).containsExactly(9.0, 4.5, 9.0, 20.0);

        var page = ReviewData.interviewer("ivy").page(built.transcript());
        assertThat(Html.text(page, "#automatic-total")).isEqualTo("4.5 / 20");
        assertThat(Html.text(page, "#final-total")).isEqualTo("9 / 20");

        var transcript = OverrideTest.api().get("/api/attempts/" + built.attemptId() + "/transcript").jsonPath();
        assertThat(List.of(transcript.getDouble("automaticTotal"), transcript.getDouble("finalTotal"),
                transcript.getDouble("maxTotal"), transcript.getDouble("answers[0].finalScore")))
                .containsExactly(4.5, 9.0, 20.0, 9.0);
        assertThat(transcript.getString("answers[0].override.reviewer")).isEqualTo("admin");

        var row = ReviewData.interviewer("ivy").page("/review?assessment=" + assessment)
                .select("table.attempts tbody tr td").eachText();
        assertThat(row.subList(4, 6)).containsExactly("4.5 / 20", "9 / 20 changed");

        var csv = OverrideTest.api().get("/api/assessments/" + assessment + "/results.csv").asString()
                .split("\r\n");
        assertThat(List.of(csv[1].split(",", -1)).subList(7, 12)).containsExactly("9", "", "4.5", "9", "20");

        var results = OverrideTest.api().get("/api/assessments/" + assessment + "/results").jsonPath();
        assertThat(List.of(results.getDouble("candidates[0].automaticTotal"),
                results.getDouble("candidates[0].finalTotal"), results.getDouble("candidates[0].maxTotal"),
                results.getDouble("candidates[0].questions[0].finalScore"))).containsExactly(4.5, 9.0, 20.0, 9.0);

        long invitation = QuarkusTransaction.requiringNew()
                .call(() -> Attempt.<Attempt>findById(built.attemptId()).invitation.id);
        var api = OverrideTest.api().get("/api/invitations/" + invitation).jsonPath();
        assertThat(List.of(api.getDouble("results.automaticTotal"), api.getDouble("results.total"),
                api.getDouble("results.max"), api.getDouble("results.answers[0].score")))
                .containsExactly(4.5, 9.0, 20.0, 9.0);
        assertThat(api.getString("results.answers[1].grading")).isEqualTo("waiting");
        // a script changing the score again must name the override it replaces
        assertThat(List.of(api.getLong("results.answers[0].overrideId"), api.getLong("results.answers[1].overrideId")))
                .containsExactly(saved.getLong("overrideId"), 0L);
    }

    @Test
    void everyViewCountsTheAdjudicatedScoreElseTheMeanOfBothMarks() {
        var people = SecondMarkingData.Reviewers.fresh();
        var assessment = SecondMarkingData.assessment("Score agreement, marked twice");
        var built = ReviewData.submitted(assessment, "Mo Marked-Twice");
        SecondMarkingData.override(people.first(), built, 1, 9, "Complete in the call");
        SecondMarkingData.markReviewed(people.firstSession(), built);
        SecondMarkingData.secondMarks(people.second(), built, 4, 3).then().statusCode(200);
        var decided = SecondMarkingData.adjudicate(people.adjudicator(), built, 1, 7, "Mechanism right, cost wrong")
                .then().statusCode(200).extract().jsonPath();
        // Question 1 adjudicated 7 (marks 9 and 4); question 2 the mean of 2 and 3; automatic 4.5 + 2
        assertThat(List.of(decided.getDouble("finalTotal"), decided.getDouble("automaticTotal"),
                decided.getDouble("maxTotal"))).containsExactly(9.5, 6.5, 20.0);

        var page = people.secondSession().page(built.transcript());
        assertThat(Html.text(page, "#final-total")).isEqualTo("9.5 / 20");
        assertThat(page.select(".final-score").eachText()).containsExactly("7 / 10", "2.5 / 10");

        var transcript = OverrideTest.api().get("/api/attempts/" + built.attemptId() + "/transcript").jsonPath();
        assertThat(List.of(transcript.getDouble("finalTotal"), transcript.getDouble("answers[0].finalScore"),
                transcript.getDouble("answers[1].finalScore"))).containsExactly(9.5, 7.0, 2.5);

        var row = people.secondSession().page("/review?assessment=" + assessment)
                .select("table.attempts tbody tr td").eachText();
        assertThat(row.subList(4, 6)).containsExactly("6.5 / 20", "9.5 / 20 changed");

        var csv = OverrideTest.api().get("/api/assessments/" + assessment + "/results.csv").asString()
                .split("\r\n");
        assertThat(List.of(csv[1].split(",", -1)).subList(7, 12)).containsExactly("7", "2.5", "6.5", "9.5", "20");

        var results = OverrideTest.api().get("/api/assessments/" + assessment + "/results").jsonPath();
        assertThat(List.of(results.getDouble("candidates[0].finalTotal"),
                results.getDouble("candidates[0].questions[0].finalScore"),
                results.getDouble("candidates[0].questions[1].finalScore"))).containsExactly(9.5, 7.0, 2.5);

        long invitation = QuarkusTransaction.requiringNew()
                .call(() -> Attempt.<Attempt>findById(built.attemptId()).invitation.id);
        var api = OverrideTest.api().get("/api/invitations/" + invitation).jsonPath();
        assertThat(List.of(api.getDouble("results.total"), api.getDouble("results.answers[0].score"),
                api.getDouble("results.answers[1].score"))).containsExactly(9.5, 7.0, 2.5);

        var statistics = OverrideTest.api().get("/api/assessments/" + assessment + "/statistics").jsonPath();
        assertThat(List.of(statistics.getDouble("questions[0].facility"),
                statistics.getDouble("questions[1].facility"))).containsExactly(0.7, 0.25);

        var answers = OverrideTest.api().get("/api/assessments/" + assessment + "/answers.csv").asString()
                .split("\r\n");
        var first = List.of(answers[1].split(",", -1));
        assertThat(first.get(7)).isEqualTo("7");
        assertThat(first.subList(first.size() - 5, first.size())).containsExactly("9", "4", people.second(), "7",
                people.adjudicator());
        assertThat(List.of(answers[2].split(",", -1)).get(7)).isEqualTo("2.5");
    }
}
