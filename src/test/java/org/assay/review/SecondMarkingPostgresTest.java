package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.assay.grading.Adjudication;
import org.assay.grading.SecondMark;
import org.assay.review.SecondMarkingData.Reviewers;
import org.assay.support.Html;
import org.assay.support.PostgresAvailable;
import org.assay.support.PostgresProfile;

/** Second marking's SQL on PostgreSQL: the stored marks, the final-score rule in totals, and the list's queues. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class SecondMarkingPostgresTest {

    @Test
    void marksAreStoredQueuedAndCountedOnPostgres() {
        var people = Reviewers.fresh();
        long assessment = SecondMarkingData.assessment("Postgres second marking");
        var built = ReviewData.submitted(assessment, "Pia Postgres");
        SecondMarkingData.override(people.first(), built, 1, 9, "Complete in the call");
        SecondMarkingData.markReviewed(people.firstSession(), built);
        var queue = "/review?assessment=" + assessment + "&status=";
        assertThat(SecondMarkingTest.rows(people.secondSession(), queue + "needs-second-marking"))
                .containsExactly(built.attemptId());
        assertThat(people.secondSession().page(built.transcript()).select("#final-total")).isEmpty();
        var blind = people.secondSession().page("/review?assessment=" + assessment + "&sort=final")
                .select("table.attempts tbody tr td").eachText();
        assertThat(blind.get(5)).isEqualTo("hidden until second marked");
        var second = SecondMarkingData.api(people.second());
        assertThat(second.get("/api/assessments/" + assessment + "/results").jsonPath()
                .getDouble("candidates[0].finalTotal")).isEqualTo(6.5);
        assertThat(second.get("/api/assessments/" + assessment + "/statistics").jsonPath()
                .getInt("questions[0].overridden")).isZero();

        SecondMarkingData.secondMarks(people.second(), built, 4, 3).then().statusCode(200);
        assertThat(SecondMarkingTest.rows(people.secondSession(), queue + "needs-adjudication"))
                .containsExactly(built.attemptId());
        var mean = people.secondSession().page("/review?assessment=" + assessment + "&sort=final")
                .select("table.attempts tbody tr td").eachText();
        assertThat(mean.get(5)).startsWith("9 / 20");

        SecondMarkingData.adjudicate(people.adjudicator(), built, 1, 7, "Mechanism right, cost wrong").then()
                .statusCode(200);
        assertThat(SecondMarkingTest.rows(people.secondSession(), queue + "needs-adjudication")).isEmpty();
        assertThat(Html.text(people.firstSession().page(built.transcript()), "#final-total")).isEqualTo("9.5 / 20");
        var csv = OverrideTest.api().get("/api/assessments/" + assessment + "/results.csv").asString().split("\r\n");
        assertThat(List.of(csv[1].split(",", -1)).subList(7, 12)).containsExactly("7", "2.5", "6.5", "9.5", "20");

        var stored = QuarkusTransaction.requiringNew().call(() -> List.of(
                SecondMark.count("answer.id in ?1", built.answerIds()),
                Adjudication.count("answer.id = ?1 and adjudicator = ?2", built.answerIds().get(0),
                        people.adjudicator())));
        assertThat(stored).containsExactly(2L, 1L);
        var agreement = OverrideTest.api().get("/api/assessments/" + assessment + "/agreement").jsonPath();
        assertThat(List.of(agreement.getInt("attempts"), agreement.getInt("disagreements"),
                agreement.getInt("adjudicated"))).containsExactly(1, 1, 1);
    }
}
