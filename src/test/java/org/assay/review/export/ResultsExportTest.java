package org.assay.review.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import org.assay.review.ReviewData;
import org.assay.support.WebSession;

@QuarkusTest
class ResultsExportTest {

    @Test
    void csvHasARowPerCandidateAColumnPerQuestionAndBothTotals() {
        var assessment = ReviewData.newAssessment("Export basics", false);
        var ada = ReviewData.submitted(assessment, "Ada Export");
        ReviewData.submitted(assessment, "Ben Export");
        api().body(Map.of("score", 9, "reason", "Thorough answer", "overrideId", 0))
                .post("/api/answers/" + ada.answerIds().get(0)
                + "/override").then().statusCode(200);

        var response = api().get("/api/assessments/" + assessment + "/results.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"assessment-" + assessment + "-results.csv\"");
        var lines = List.of(response.asString().split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("attempt,candidate,email,status,submitted_at,reviewed,recommendation,"
                + "q06 Self-attention,q03 Tokenization,automatic_total,final_total,max_total,integrity,"
                + "integrity_reasons");
        var first = List.of(lines.get(1).split(",", -1));
        assertThat(first.get(0)).isEqualTo(Long.toString(ada.attemptId()));
        assertThat(first.get(1)).isEqualTo("Ada Export");
        assertThat(first.get(2)).endsWith("@example.org");
        assertThat(first.subList(3, 4)).containsExactly("submitted");
        assertThat(first.subList(5, 14)).containsExactly("false", "", "9", "2", "6.5", "11", "20", "No concerns", "");
        assertThat(List.of(lines.get(2).split(",", -1)).subList(7, 12)).containsExactly("4.5", "2", "6.5", "6.5",
                "20");
    }

    @Test
    void csvQuotesSeparatorsAndNeutralisesFormulasInNames() {
        var assessment = ReviewData.newAssessment("=Export, \"tricky\"", false);
        ReviewData.submitted(assessment, "=HYPERLINK(\"http://evil.example\",\"click\")");
        ReviewData.submitted(assessment, "Smith, \"Jo\"");
        ReviewData.submitted(assessment, "@SUM(1+1)");

        var body = api().get("/api/assessments/" + assessment + "/results.csv").asString();
        var lines = body.split("\r\n");
        assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",");
        assertThat(lines[2]).contains(",\"Smith, \"\"Jo\"\"\",");
        assertThat(lines[3]).contains(",'@SUM(1+1),");
    }

    @Test
    void jsonResultsCarryEachQuestionsAutomaticAndFinalScores() {
        var assessment = ReviewData.newAssessment("Export json", false);
        var built = ReviewData.submitted(assessment, "Jon Json");
        api().body(Map.of("score", 3.5, "reason", "Partly right", "overrideId", 0))
                .post("/api/answers/" + built.answerIds().get(1)
                + "/override").then().statusCode(200);

        var json = api().get("/api/assessments/" + assessment + "/results").then().statusCode(200).extract()
                .jsonPath();
        assertThat(json.getString("assessment")).isEqualTo("Export json");
        assertThat(json.getList("questions.qid")).containsExactly("q06", "q03");
        assertThat(json.getString("candidates[0].candidate")).isEqualTo("Jon Json");
        assertThat(json.getDouble("candidates[0].automaticTotal")).isEqualTo(6.5);
        assertThat(json.getDouble("candidates[0].finalTotal")).isEqualTo(8);
        assertThat(json.getDouble("candidates[0].questions[1].automatic")).isEqualTo(2);
        assertThat(json.getDouble("candidates[0].questions[1].finalScore")).isEqualTo(3.5);
        assertThat(json.getBoolean("candidates[0].questions[1].overridden")).isTrue();
    }

    @Test
    void blindReviewHidesNamesInExportsUntilTheAttemptIsReviewed() {
        var assessment = ReviewData.newAssessment("Export blind", true);
        var built = ReviewData.submitted(assessment, "Hidden Hannah");

        var csv = api().get("/api/assessments/" + assessment + "/results.csv").asString();
        assertThat(csv).doesNotContain("Hidden Hannah").doesNotContain("@example.org")
                .contains("," + "Candidate #" + built.attemptId() + ",,");
        var json = api().get("/api/assessments/" + assessment + "/results").jsonPath();
        assertThat(json.getString("candidates[0].candidate")).isEqualTo("Candidate #" + built.attemptId());
        assertThat(json.getString("candidates[0].email")).isNull();

        var session = WebSession.admin();
        session.submit(built.transcript(), built.transcript() + "/reviewed", Map.of());
        assertThat(api().get("/api/assessments/" + assessment + "/results.csv").asString()).contains("Hidden Hannah");
    }

    @Test
    void unknownAssessmentIsANotFoundProblem() {
        var response = api().get("/api/assessments/987654321/results.csv");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).isEqualTo("There is no assessment 987654321.");
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic(WebSession.ADMIN, WebSession.ADMIN_PASSWORD)
                .contentType("application/json");
    }
}
