package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;

import org.assay.grading.ScoreOverride;
import org.assay.support.Html;

/**
 * Question statistics checked the same way on H2 and PostgreSQL: six submitted attempts whose reviewers scored
 * question 1 from 0 to 10 in steps of 2 and question 2 from 5 down to 0, so each question falls as the rest of the
 * test rises (discrimination -1) and every answer was overridden: both questions need an author's look.
 */
final class StatisticsScenario {

    static final int ATTEMPTS = 6;

    private StatisticsScenario() {
    }

    record Seeded(long assessmentId, List<ReviewData.Built> attempts) {
    }

    static Seeded seed(String title) {
        var assessment = ReviewData.newAssessment(title, false);
        var attempts = new ArrayList<ReviewData.Built>();
        for (int k = 0; k < ATTEMPTS; k++) {
            var built = ReviewData.submitted(assessment, "Stat " + k);
            attempts.add(built);
            override(built.answerIds().get(0), 2 * k);
            override(built.answerIds().get(1), 5 - k);
        }
        return new Seeded(assessment, attempts);
    }

    static void override(long answerId, double score) {
        var response = OverrideTest.api().body(Map.of("score", score, "reason", "Scored in the calibration meeting",
                "overrideId", currentOverride(answerId))).post("/api/answers/" + answerId + "/override");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    }

    private static long currentOverride(long answerId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var latest = ScoreOverride.<ScoreOverride>find("answer.id = ?1 order by id desc", answerId)
                    .firstResultOptional();
            return latest.map(o -> o.id).orElse(0L);
        });
    }

    /** The figures a reader of the page relies on, and that the page and the API agree. */
    static void check(Seeded seeded) {
        var json = OverrideTest.api().get("/api/assessments/" + seeded.assessmentId() + "/statistics").jsonPath();
        assertThat(json.getInt("attempts")).isEqualTo(ATTEMPTS);
        assertThat(json.getDouble("questions[0].facility")).isCloseTo(0.5, within());
        assertThat(json.getDouble("questions[0].discrimination")).isCloseTo(-1.0, within());
        assertThat(json.getList("questions[0].histogram", Integer.class))
                .containsExactly(1, 0, 1, 0, 1, 0, 1, 0, 1, 1);
        assertThat(json.getInt("questions[0].overridden")).isEqualTo(ATTEMPTS);
        assertThat(json.getList("questions[0].flags.key", String.class)).containsExactly("LOW_CONFIDENCE");
        assertThat(json.getList("questions[0].flags.count", Integer.class)).containsExactly(ATTEMPTS);
        assertThat(json.getList("questions[0].criteria.key", String.class)).containsExactly("mechanism", "reach");
        assertThat(json.getList("questions[0].criteria.count", Integer.class)).containsExactly(ATTEMPTS, 0);
        assertThat(json.getDouble("questions[0].meanChange")).isCloseTo(5.0 - 4.5, within());
        assertThat(json.getDouble("questions[1].facility")).isCloseTo(2.5 / 10, within());

        var page = ReviewData.interviewer("ivy").page("/review/assessments/" + seeded.assessmentId()
                + "/statistics");
        assertThat(page.select("#stats-q06 svg rect")).hasSize(10);
        assertThat(page.selectFirst("#stats-q06 svg").attr("aria-label")).contains("90–100%: 1");
        assertThat(Html.text(page, "#stats-q06 .stat-facility")).isEqualTo("50%");
        assertThat(Html.text(page, "#stats-q06 .stat-overrides")).isEqualTo("6 (100%)");
        assertThat(page.select("section.question-stats.attention")).hasSize(2);
        assertThat(page.selectFirst("#stats-q06 .rubric-link").attr("href")).endsWith("/questions/q06");
        assertThat(Html.text(page, "#stats-q06 .flag-rates")).contains("Low confidence").contains("100% (6 of 6)");
    }

    /** Statistics follow overrides: a change shows at once. */
    static void followsOverrides(Seeded seeded) {
        var before = facility(seeded);
        override(seeded.attempts().get(0).answerIds().get(0), 10);
        assertThat(facility(seeded)).isCloseTo(before + 10.0 / 10 / ATTEMPTS, within());
    }

    private static double facility(Seeded seeded) {
        JsonPath json = OverrideTest.api().get("/api/assessments/" + seeded.assessmentId() + "/statistics")
                .jsonPath();
        return json.getDouble("questions[0].facility");
    }

    private static Offset<Double> within() {
        return Offset.offset(0.001);
    }
}
