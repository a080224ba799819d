package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.assay.grading.ScoreOverride;
import org.assay.support.Html;

/**
 * A reviewer marks criteria and misconceptions; the score is recomputed from them and every view of it (transcript,
 * print view, JSON, CSV) adds up. The attention answer's engine grade: mechanism 4.5 of 6, reach 2 of 4, linear-cost
 * found (minus 2), so 4.5 of 10.
 */
@QuarkusTest
class CriterionOverrideTest {

    private static final String REASON = "Explained direct interaction of any two positions when asked";

    @Test
    void markingCriteriaThroughTheApiRecomputesTheScoreAndEveryViewAddsUp() {
        var built = ReviewData.submitted("Cora Criteria", false);
        var answerId = built.answerIds().get(0);

        var saved = criteria(answerId, Map.of("criteria", List.of(Map.of("id", "reach", "met", true)),
                "misconceptions", List.of(Map.of("id", "linear-cost", "applies", false)), "reason", REASON));

        assertThat(saved.getDouble("score")).isEqualTo(8.5);
        assertThat(saved.getDouble("automaticScore")).isEqualTo(4.5);
        assertThat(saved.getDouble("finalTotal")).isEqualTo(10.5);
        assertThat(saved.getList("breakdown.criteria.points", Float.class)).containsExactly(4.5f, 4f);
        assertThat(saved.getList("breakdown.criteria.changed", Boolean.class)).containsExactly(false, true);
        assertThat(saved.getDouble("breakdown.penalties")).isZero();
        assertThat(saved.getDouble("breakdown.adjustment")).isZero();

        var session = ReviewData.interviewer("ivy");
        var page = session.page(built.transcript());
        assertThat(Html.text(page, "#q1 .final-score")).isEqualTo("8.5 / 10");
        assertThat(Html.text(page, "#q1 .automatic-score")).isEqualTo("4.5 / 10");
        assertThat(page.select("#q1 ul.criteria > li").eachText().get(1))
                .contains("met, 4 of 4 points").contains("(set by a reviewer; the engine gave 2)");
        assertThat(page.select("#q1 ul.misconceptions")).isEmpty();
        assertThat(Html.text(page, "#q1 .score-sum"))
                .isEqualTo("Criteria 8.5 − misconceptions 0 = 8.5; score 8.5 of 10");
        var print = session.page(built.transcript() + "/print");
        assertThat(Html.text(print, "#q1 .score-sum")).isEqualTo(Html.text(page, "#q1 .score-sum"));

        var transcript = OverrideTest.api().get("/api/attempts/" + built.attemptId() + "/transcript").jsonPath();
        assertAddsUp(transcript, 0);
        assertThat(transcript.getDouble("answers[0].finalScore")).isEqualTo(8.5);
        var csv = OverrideTest.api().get("/api/assessments/" + built.assessmentId() + "/results.csv").asString();
        assertThat(csv.split("\r\n")[1]).contains(",8.5,2,");
    }

    @Test
    void aWholeScoreAfterCriteriaIsKeptAsAReviewersAdjustmentSoTheCriteriaStillAddUp() {
        var built = ReviewData.submitted("Ada Adjusted", false);
        var answerId = built.answerIds().get(0);
        var first = criteria(answerId, Map.of("criteria", List.of(Map.of("id", "reach", "points", 4)),
                "misconceptions", List.of(Map.of("id", "linear-cost", "applies", false)), "reason", REASON));

        var whole = OverrideTest.api().body(Map.of("score", 6, "reason", "Too generous overall",
                "overrideId", first.getLong("overrideId"))).post("/api/answers/" + answerId + "/override");
        assertThat(whole.statusCode()).isEqualTo(200);

        var transcript = OverrideTest.api().get("/api/attempts/" + built.attemptId() + "/transcript").jsonPath();
        assertThat(transcript.getDouble("answers[0].finalScore")).isEqualTo(6);
        assertThat(transcript.getDouble("answers[0].breakdown.criteriaPoints")).isEqualTo(8.5);
        assertThat(transcript.getDouble("answers[0].breakdown.adjustment")).isEqualTo(-2.5);
        assertThat(transcript.getString("answers[0].breakdown.adjustmentBy")).isEqualTo("reviewer");
        assertAddsUp(transcript, 0);
        var page = ReviewData.interviewer("ivy").page(built.transcript());
        assertThat(Html.text(page, "#q1 .score-sum"))
                .isEqualTo("Criteria 8.5 − misconceptions 0 = 8.5; reviewer's adjustment -2.5; score 6 of 10");
    }

    @Test
    void unknownCriteriaPointsOutOfRangeAndMissingReasonsAreRefusedAndNothingIsSaved() {
        var built = ReviewData.submitted("Ivan Invalid", false);
        var answerId = built.answerIds().get(0);

        var unknown = OverrideTest.api().body(Map.of("criteria", List.of(Map.of("id", "nope", "met", true)),
                "reason", REASON)).post("/api/answers/" + answerId + "/criteria");
        var tooMany = OverrideTest.api().body(Map.of("criteria", List.of(Map.of("id", "reach", "points", 5)),
                "reason", REASON)).post("/api/answers/" + answerId + "/criteria");
        var noReason = OverrideTest.api().body(Map.of("criteria", List.of(Map.of("id", "reach", "met", true))))
                .post("/api/answers/" + answerId + "/criteria");
        var stale = OverrideTest.api().body(Map.of("criteria", List.of(Map.of("id", "reach", "met", true)),
                "reason", REASON, "overrideId", 12345)).post("/api/answers/" + answerId + "/criteria");

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.jsonPath().getString("detail")).contains("no criterion \"nope\"")
                .contains("mechanism, reach");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.jsonPath().getString("detail")).isEqualTo("Give reach from 0 to 4 points.");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ScoreOverride.count("answer.id", answerId)))
                .isZero();
    }

    @Test
    void theCriteriaFormSavesMarksAndTheHistoryKeepsWhatChanged() {
        var built = ReviewData.submitted("Fay Form", false);
        var session = ReviewData.interviewer("ivy");
        var page = session.page(built.transcript());
        var form = page.selectFirst("#q1 form.criteria-form");
        assertThat(form.select("input.criterion-points").eachAttr("value")).containsExactly("4.5", "2");
        var token = form.selectFirst("input[name=csrf-token]").val();

        var response = session.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token).formParam("criterion", "mechanism", "reach")
                .formParam("points", "6", "2").formParam("misconception", "linear-cost")
                .formParam("adjustment", "0.5").formParam("reason", REASON)
                .formParam("gradeId", form.selectFirst("input[name=gradeId]").val())
                .formParam("overrideId", form.selectFirst("input[name=overrideId]").val())
                .post(form.attr("action").replaceAll("#.*", ""));
        assertThat(response.statusCode()).isEqualTo(303);

        var after = session.page(built.transcript());
        assertThat(Html.text(after, "#q1 .final-score")).isEqualTo("8.5 / 10");
        assertThat(Html.text(after, "#q1 .score-sum"))
                .isEqualTo("Criteria 8 − misconceptions 0 = 8; reviewer's adjustment +0.5; score 8.5 of 10");
        assertThat(after.select("#history tbody tr td").eachText()).contains("4.5 of 10, automatic",
                "8.5 of 10: mechanism 6 of 6 (was 4.5), linear-cost does not apply, adjustment +0.5. " + REASON);
        assertThat(after.selectFirst("#q1 form.criteria-form input[name=adjustment]").val()).isEqualTo("0.5");
    }

    @Test
    void aRefusedCriteriaFormKeepsWhatWasTyped() {
        var built = ReviewData.submitted("Tia Typed", false);
        var session = ReviewData.interviewer("ivy");
        var form = session.page(built.transcript()).selectFirst("#q1 form.criteria-form");

        var response = session.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", form.selectFirst("input[name=csrf-token]").val())
                .formParam("criterion", "mechanism", "reach").formParam("points", "6", "9")
                .formParam("misconception", "linear-cost").formParam("applies", "linear-cost")
                .formParam("reason", REASON).post(form.attr("action").replaceAll("#.*", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(page.select("#q1 form.criteria-form input.criterion-points").eachAttr("value"))
                .containsExactly("6", "9");
        assertThat(Html.text(page, "#q1 form.criteria-form .error")).isEqualTo("Give reach from 0 to 4 points.");
        assertThat(page.selectFirst("#q1 form.criteria-form textarea").text()).isEqualTo(REASON);
    }

    /** Criteria minus penalties, kept within 0 and the maximum, plus the adjustment, is the final score. */
    static void assertAddsUp(JsonPath transcript, int answer) {
        var prefix = "answers[" + answer + "].breakdown.";
        double criteria = transcript.getList(prefix + "criteria.points", Float.class).stream()
                .mapToDouble(Float::doubleValue).sum();
        double penalties = 0;
        var applies = transcript.getList(prefix + "misconceptions.applies", Boolean.class);
        var penalty = transcript.getList(prefix + "misconceptions.penalty", Float.class);
        for (int i = 0; i < applies.size(); i++) {
            penalties += applies.get(i) ? penalty.get(i) : 0;
        }
        double max = transcript.getDouble(prefix + "max");
        double base = Math.max(0, Math.min(max, criteria - penalties));
        assertThat(base + transcript.getDouble(prefix + "adjustment"))
                .isCloseTo(transcript.getDouble("answers[" + answer + "].finalScore"),
                        org.assertj.core.data.Offset.offset(0.001));
    }

    private static JsonPath criteria(long answerId, Map<String, Object> body) {
        var response = OverrideTest.api().body(body).post("/api/answers/" + answerId + "/criteria");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.jsonPath();
    }
}
