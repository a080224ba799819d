package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.assay.support.PostgresAvailable;
import org.assay.support.PostgresProfile;

/** Per-criterion overrides, their exports and question statistics on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class ReviewStatisticsPostgresTest {

    @Test
    void statisticsAreReportedAndFollowOverridesOnPostgres() {
        var seeded = StatisticsScenario.seed("Statistics Postgres");
        StatisticsScenario.check(seeded);
        StatisticsScenario.followsOverrides(seeded);
    }

    @Test
    void criterionMarksAreStoredAndAddUpInEveryExportOnPostgres() {
        var built = ReviewData.submitted("Paula Postgres", false);
        var answerId = built.answerIds().get(0);
        var response = OverrideTest.api().body(Map.of("criteria", List.of(Map.of("id", "reach", "points", 3.5)),
                "misconceptions", List.of(Map.of("id", "linear-cost", "applies", false)), "adjustment", 0.5,
                "reason", "Named the quadratic cost in the follow-up")).post("/api/answers/" + answerId + "/criteria");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);

        var transcript = OverrideTest.api().get("/api/attempts/" + built.attemptId() + "/transcript").jsonPath();
        assertThat(transcript.getDouble("answers[0].finalScore")).isEqualTo(8.5);
        assertThat(transcript.getList("answers[0].breakdown.criteria.changed", Boolean.class))
                .containsExactly(false, true);
        CriterionOverrideTest.assertAddsUp(transcript, 0);
        var csv = OverrideTest.api().get("/api/assessments/" + built.assessmentId() + "/answers.csv").asString()
                .split("\r\n");
        assertThat(csv[1]).contains(",q06,4.5,8.5,10,true,8,0,0.5,reviewer,mechanism 4.5/6 met; reach 3.5/4 partial,");
        var page = ReviewData.interviewer("ivy").page(built.transcript());
        assertThat(page.select("#q1 .score-sum").text())
                .isEqualTo("Criteria 8 − misconceptions 0 = 8; reviewer's adjustment +0.5; score 8.5 of 10");
    }
}
