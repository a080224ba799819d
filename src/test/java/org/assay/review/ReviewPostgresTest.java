package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.assay.support.Api;
import org.assay.support.Html;
import org.assay.support.PostgresAvailable;
import org.assay.support.PostgresProfile;

/** The review list's, transcript's and export's SQL on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class ReviewPostgresTest {

    @Test
    void listFiltersSortsAndSearchesOnPostgres() {
        var assessment = ReviewData.newAssessment("Postgres review", true);
        var low = ReviewData.submitted(assessment, "Lou 100% Low");
        var high = ReviewData.submitted(assessment, "Hana High");
        var started = ReviewData.inProgress(assessment, "Ida Ingress");
        Api.asAdmin().body(Map.of("score", 9, "reason", "Better in person", "overrideId", 0))
                .post("/api/answers/" + high.answerIds().get(0) + "/override").then().statusCode(200);
        var session = ReviewData.interviewer("ivy");
        session.submit(low.transcript(), low.transcript() + "/reviewed", Map.of());

        var base = "/review?assessment=" + assessment;
        assertThat(names(session.page(base + "&sort=final&dir=desc")))
                .containsExactly("Candidate #" + high.attemptId(), "Lou 100% Low", "Candidate #" + started.attemptId());
        assertThat(names(session.page(base + "&status=to-review&flag=TOO_SHORT")))
                .containsExactly("Candidate #" + high.attemptId());
        assertThat(names(Html.parse(session.request().queryParam("assessment", assessment).queryParam("q", "100%")
                .get("/review")))).containsExactly("Lou 100% Low");
        assertThat(names(Html.parse(session.request().queryParam("assessment", assessment)
                .queryParam("q", "#" + high.attemptId()).get("/review"))))
                .containsExactly("Candidate #" + high.attemptId());
    }

    @Test
    void overrideShowsInTheTranscriptAndTheExportOnPostgres() {
        var built = ReviewData.submitted("Pat Postgres", false);
        var session = ReviewData.interviewer("ivy");
        var response = OverrideTest.override(session, built, 1, "4.5", "Knew subword units when asked");
        assertThat(response.statusCode()).isEqualTo(303);

        var page = session.page(built.transcript());
        assertThat(Html.text(page, "#final-total")).isEqualTo("9 / 20");
        assertThat(page.select("#q1 .answer-text mark")).hasSize(4);
        assertThat(page.select("#history tbody tr td").eachText()).contains("ivy", "2 of 10, automatic");

        var csv = OverrideTest.api().get("/api/assessments/" + built.assessmentId() + "/results.csv").asString();
        assertThat(csv.split("\r\n")[1]).contains(",Pat Postgres,").endsWith(",4.5,4.5,6.5,9,20,No concerns,");
    }

    private static List<String> names(Document page) {
        return page.select("table.attempts tbody tr td:first-child").eachText();
    }
}
