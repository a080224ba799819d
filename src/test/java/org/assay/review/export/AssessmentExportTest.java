package org.assay.review.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import org.assay.review.ReviewData;
import org.assay.support.Html;
import org.assay.support.WebSession;

/** Exports of a whole assessment: CSV with words and second-precise times, per-answer CSV, one printable document. */
@QuarkusTest
class AssessmentExportTest {

    @Test
    void resultsCsvWritesStatusWordsAndIsoTimesToTheSecondWithTheZone() {
        var built = ReviewData.submitted("Wanda Words", false);

        var lines = api().get("/api/assessments/" + built.assessmentId() + "/results.csv").asString().split("\r\n");

        var cells = List.of(lines[1].split(",", -1));
        assertThat(cells.get(3)).isEqualTo("submitted");
        assertThat(cells.get(4)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    @Test
    void answersCsvShowsHowEachScoreAddsUpAndEachFlagInPlainWords() {
        var built = ReviewData.submitted("Abe Answers", false);
        api().body(Map.of("criteria", List.of(Map.of("id", "reach", "met", true)), "reason", "Said it in the call",
                "adjustment", -1)).post("/api/answers/" + built.answerIds().get(0) + "/criteria").then()
                .statusCode(200);

        var lines = api().get("/api/assessments/" + built.assessmentId() + "/answers.csv").asString().split("\r\n");

        assertThat(lines[0]).isEqualTo("attempt,candidate,status,submitted_at,question,qid,automatic,final,max,"
                + "overridden,criteria_points,penalties,adjustment,adjustment_by,criteria,misconceptions,flags,"
                + "changed_by,reason,first_mark,second_mark,second_marker,adjudicated,adjudicator");
        assertThat(lines).hasSize(3);
        assertThat(List.of(lines[1].split(",", -1)).subList(4, 14)).containsExactly("1", "q06", "4.5", "5.5", "10",
                "true", "8.5", "2", "-1", "reviewer");
        assertThat(lines[1]).contains(",mechanism 4.5/6 met; reach 4/4 met,linear-cost -2,"
                + "LOW_CONFIDENCE: Low confidence,admin,Said it in the call");
        assertThat(lines[2]).contains(",q03,2,2,10,false,2,0,0,engine,").contains("TOO_SHORT: Very short");
    }

    @Test
    void everyTranscriptOfAnAssessmentPrintsAsOneDocument() {
        var assessment = ReviewData.newAssessment("Print all", false);
        ReviewData.submitted(assessment, "Pia Print");
        ReviewData.submitted(assessment, "Pete Print");
        ReviewData.inProgress(assessment, "Ida Unfinished");

        var page = ReviewData.interviewer("ivy").page("/review/assessments/" + assessment + "/print");

        assertThat(page.select("article.printed-transcript h1.candidate").eachText())
                .containsExactly("Pia Print", "Pete Print");
        assertThat(page.select("article.printed-transcript .score-sum")).hasSize(4);
        assertThat(page.select("form")).allMatch(f -> f.hasClass("sign-out"));
        assertThat(Html.text(page, "h1.print-all-title")).isEqualTo("Print all: 2 submitted attempts");
    }

    @Test
    void unknownAssessmentsAreNotFound() {
        assertThat(api().get("/api/assessments/987654321/answers.csv").statusCode()).isEqualTo(404);
        assertThat(ReviewData.interviewer("ivy").get("/review/assessments/987654321/print").statusCode())
                .isEqualTo(404);
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic(WebSession.ADMIN, WebSession.ADMIN_PASSWORD)
                .contentType("application/json");
    }
}
