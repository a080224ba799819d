package org.assay.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.endsWith;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.audit.AuditEvent;
import org.assay.review.SecondMarkingData.Reviewers;
import org.assay.session.Attempt;
import org.assay.support.Html;
import org.assay.support.WebSession;

/**
 * Second marking on H2: the second reviewer marks blind (page and API), marks further apart than the threshold go to
 * an adjudicator, who may not be either reviewer, and every step is audited.
 */
@QuarkusTest
class SecondMarkingTest {

    private static final String FIRST_REASON = "Explained the whole mechanism when asked";

    @Test
    void secondReviewerSeesNeitherTheFirstScoresNorTheDecisionOnThePageOrInTheApi() {
        var people = Reviewers.fresh();
        var built = ReviewData.submitted(SecondMarkingData.assessment("Blind second"), "Bea Blind");
        SecondMarkingData.override(people.first(), built, 1, 9, FIRST_REASON);
        var first = people.firstSession();
        first.submit(built.transcript(), built.transcript() + "/decision",
                Map.of("recommendation", "STRONG_YES", "summary", "Sharp on attention"));
        SecondMarkingData.markReviewed(first, built);

        var page = people.secondSession().page(built.transcript());
        assertThat(Html.text(page, "#second-state")).isEqualTo("Second marking — blind");
        assertThat(page.select("#final-total")).isEmpty();
        assertThat(page.select(".final-score")).isEmpty();
        assertThat(page.select(".override-note")).isEmpty();
        assertThat(page.text()).doesNotContain(FIRST_REASON).doesNotContain("Sharp on attention")
                .doesNotContain("11 / 20").doesNotContain("9 / 10");
        assertThat(Html.text(page, "#automatic-total")).isEqualTo("6.5 / 20");
        assertThat(page.select("#second-marks input.second-score")).hasSize(2);
        assertThat(page.select("#second-marks label[for=second-" + built.answerIds().get(0) + "]").text())
                .contains("Question 1");

        var json = SecondMarkingData.api(people.second()).get("/api/attempts/" + built.attemptId() + "/transcript")
                .then().statusCode(200).extract().jsonPath();
        assertThat(json.getMap("$")).doesNotContainKeys("finalTotal", "recommendation", "summary");
        assertThat(json.getMap("answers[0]")).doesNotContainKeys("override", "finalScore");
        assertThat(json.getDouble("answers[0].automaticScore")).isEqualTo(4.5);
        assertThat(json.getString("history.after")).doesNotContain(FIRST_REASON);
        assertThat(json.getString("secondMarking.state")).isEqualTo("second-marking");
        var status = SecondMarkingData.api(people.second()).get("/api/attempts/" + built.attemptId()
                + "/second-marking").jsonPath();
        assertThat(status.getBoolean("blind")).isTrue();
        assertThat(status.getBoolean("mayMarkSecond")).isTrue();
        assertThat(status.getList("answers")).isEmpty();
        assertThat(status.getMap("$")).doesNotContainKey("finalTotal");

        var row = people.secondSession().page("/review?assessment=" + built.assessmentId())
                .select("table.attempts tbody tr td").eachText();
        assertThat(row.get(5)).isEqualTo("hidden until second marked");
        assertThat(row.get(7)).contains("needs second marking").doesNotContain("Strong yes");

        // The first reviewer still sees their own marking
        var own = first.page(built.transcript());
        assertThat(Html.text(own, "#final-total")).isEqualTo("11 / 20");
        assertThat(Html.text(own, "#second-explanation")).contains("Waiting for a second reviewer");
    }

    @Test
    void exportsStatisticsInvitationsAndSortingRevealNoFirstMarkingToTheSecondReviewer() {
        var people = Reviewers.fresh();
        long assessment = SecondMarkingData.assessment("Blind exports");
        var marked = ReviewData.submitted(assessment, "Mia Marked");
        var other = ReviewData.submitted(assessment, "Otto Other");
        ReviewData.regrade(other.answerIds().get(0), 1);
        SecondMarkingData.override(people.first(), marked, 1, 0, FIRST_REASON);
        var first = people.firstSession();
        first.submit(marked.transcript(), marked.transcript() + "/decision",
                Map.of("recommendation", "STRONG_NO", "summary", "Did not know attention"));
        SecondMarkingData.markReviewed(first, marked);
        long invitation = QuarkusTransaction.requiringNew()
                .call(() -> Attempt.<Attempt>findById(marked.attemptId()).invitation.id);

        var second = SecondMarkingData.api(people.second());
        var results = second.get("/api/assessments/" + assessment + "/results").then().statusCode(200).extract()
                .jsonPath();
        var row = "candidates.find { it.attemptId == " + marked.attemptId() + " }";
        assertThat(results.getDouble(row + ".finalTotal")).isEqualTo(6.5);
        assertThat(results.getDouble(row + ".questions[0].finalScore")).isEqualTo(4.5);
        assertThat(results.getBoolean(row + ".questions[0].overridden")).isFalse();
        assertThat(results.getString(row + ".recommendation")).isNull();
        var csv = second.accept("text/csv").get("/api/assessments/" + assessment + "/results.csv").then()
                .statusCode(200).extract().asString();
        assertThat(csv.lines().filter(l -> l.startsWith(marked.attemptId() + ",")).findFirst().orElseThrow())
                .doesNotContain("Strong no").contains(",true,,4.5,2,6.5,6.5,20,");
        var answers = SecondMarkingData.api(people.second()).accept("text/csv")
                .get("/api/assessments/" + assessment + "/answers.csv").then().statusCode(200).extract().asString();
        assertThat(answers).doesNotContain(FIRST_REASON).doesNotContain(people.first());
        second = SecondMarkingData.api(people.second());
        var details = second.get("/api/invitations/" + invitation).then().statusCode(200).extract().jsonPath();
        assertThat(details.getDouble("results.total")).isEqualTo(6.5);
        assertThat(details.getList("results.answers.overridden")).containsExactly(false, false);
        assertThat(details.getLong("results.answers[0].overrideId")).isZero();
        var statistics = second.get("/api/assessments/" + assessment + "/statistics").then().statusCode(200)
                .extract().jsonPath();
        assertThat(statistics.getInt("questions[0].overridden")).isZero();
        var sorted = people.secondSession().page("/review?assessment=" + assessment + "&sort=final&dir=asc")
                .select("table.attempts tbody tr td:first-child").eachText();
        assertThat(sorted).containsExactly("Otto Other", "Mia Marked");

        // The first reviewer keeps seeing their own marking everywhere
        var own = SecondMarkingData.api(people.first());
        assertThat(own.get("/api/assessments/" + assessment + "/results").jsonPath()
                .getDouble(row + ".finalTotal")).isEqualTo(2);
        assertThat(own.get("/api/invitations/" + invitation).jsonPath().getDouble("results.total")).isEqualTo(2);
        assertThat(SecondMarkingData.api(people.first()).accept("text/csv")
                .get("/api/assessments/" + assessment + "/answers.csv").asString()).contains(FIRST_REASON);
        assertThat(own.get("/api/assessments/" + assessment + "/statistics").jsonPath()
                .getInt("questions[0].overridden")).isEqualTo(1);
        assertThat(first.page("/review?assessment=" + assessment + "&sort=final&dir=asc")
                .select("table.attempts tbody tr td:first-child").eachText())
                .containsExactly("Mia Marked", "Otto Other");

        // Once the second marks are in, everyone sees the scores that count
        SecondMarkingData.secondMarks(people.second(), marked, 1, 2).then().statusCode(200);
        assertThat(second.get("/api/invitations/" + invitation).jsonPath().getDouble("results.total")).isEqualTo(2.5);
    }

    @Test
    void marksFurtherApartThanTheThresholdGoToAnAdjudicatorWhoDecides() {
        var people = Reviewers.fresh();
        var built = ReviewData.submitted(SecondMarkingData.assessment("Adjudicated"), "Ada Adjudicated");
        SecondMarkingData.override(people.first(), built, 1, 9, FIRST_REASON);
        SecondMarkingData.markReviewed(people.firstSession(), built);
        var queue = "/review?assessment=" + built.assessmentId() + "&status=";
        assertThat(rows(people.secondSession(), queue + "needs-second-marking")).containsExactly(built.attemptId());

        // The first reviewer cannot be the second; the second sends every question at once
        SecondMarkingData.secondMarks(people.first(), built, 4, 3).then().statusCode(403)
                .contentType("application/problem+json").body("type", endsWith("not-allowed"));
        SecondMarkingData.api(people.second()).body(Map.of("marks", List.of(Map.of("answerId",
                built.answerIds().get(0), "score", 11)))).post("/api/attempts/" + built.attemptId() + "/second-marks")
                .then().statusCode(422).contentType("application/problem+json");
        var saved = SecondMarkingData.secondMarks(people.second(), built, 4, 3).then().statusCode(200).extract()
                .jsonPath();
        // Question 1: 9 and 4 are 5 apart, over 2; question 2: 2 and 3 are within it, so their mean counts
        assertThat(saved.getString("state")).isEqualTo("needs-adjudication");
        assertThat(saved.getList("answers.disagreement")).containsExactly(true, false);
        assertThat(saved.getList("answers.finalScore", Double.class)).containsExactly(6.5, 2.5);
        assertThat(saved.getDouble("finalTotal")).isEqualTo(9.0);
        SecondMarkingData.secondMarks(people.second(), built, 5, 3).then().statusCode(409);
        assertThat(rows(people.secondSession(), queue + "needs-second-marking")).isEmpty();
        assertThat(rows(people.secondSession(), queue + "needs-adjudication")).containsExactly(built.attemptId());

        SecondMarkingData.adjudicate(people.second(), built, 1, 7, "Split the difference").then().statusCode(403);
        SecondMarkingData.adjudicate(people.adjudicator(), built, 2, 3, "Within the threshold").then()
                .statusCode(409);
        SecondMarkingData.adjudicate(people.adjudicator(), built, 1, 7, "").then().statusCode(422);
        var page = people.adjudicatorSession().page(built.transcript());
        assertThat(Html.text(page, "#second-state")).isEqualTo("Needs adjudication");
        assertThat(page.select("#marks-q1 td").stream().map(Element::text)).containsExactly("9", "4", "", "6.5 / 10");
        assertThat(page.select("form.adjudication")).hasSize(1);
        assertThat(page.select("#adjudicate-" + built.answerIds().get(0) + " legend").text())
                .contains("first mark 9, second mark 4");

        var decided = SecondMarkingData.adjudicate(people.adjudicator(), built, 1, 7, "Mechanism right, cost wrong")
                .then().statusCode(200).extract().jsonPath();
        assertThat(decided.getString("state")).isEqualTo("adjudicated");
        assertThat(decided.getDouble("finalTotal")).isEqualTo(9.5);
        assertThat(rows(people.secondSession(), queue + "needs-adjudication")).isEmpty();
        var after = people.firstSession().page(built.transcript());
        assertThat(Html.text(after, "#second-state")).isEqualTo("Adjudicated");
        assertThat(Html.text(after, "#final-total")).isEqualTo("9.5 / 20");
        assertThat(after.select("#marks-q1 td").eachText()).containsExactly("9", "4",
                "7 (" + people.adjudicator() + ")", "7 / 10");
        // A first marking compared blind stays as it was
        assertThat(people.firstSession().submit(built.transcript(), built.transcript() + "/reopen", Map.of())
                .statusCode()).isEqualTo(409);

        var actions = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId in ?2 order by id", ReviewAudit.ANSWER, built.answerIds()).stream()
                .map(e -> e.actor + " " + e.action).toList());
        assertThat(actions).contains(people.second() + " " + ReviewAudit.SECOND_MARKED,
                people.adjudicator() + " " + ReviewAudit.ADJUDICATED);
        assertThat(after.select("#history tbody tr td").eachText()).contains("Adjudicated question 1",
                "Second-marked question 2");
    }

    @Test
    void secondMarksFromTheTranscriptFormAreCheckedAndKeptAsTyped() {
        var people = Reviewers.fresh();
        var built = ReviewData.submitted(SecondMarkingData.assessment("Form second"), "Fay Form");
        SecondMarkingData.markReviewed(people.firstSession(), built);
        var second = people.secondSession();

        var refused = SecondMarkingData.secondMarksForm(second, built, "6.5", "12");
        assertThat(refused.statusCode()).isEqualTo(422);
        var page = Html.parse(refused);
        var field = "#second-" + built.answerIds().get(1);
        assertThat(page.select(field).attr("aria-invalid")).isEqualTo("true");
        assertThat(Html.text(page, field + "-error")).isEqualTo("Enter a score from 0 to 10.");
        assertThat(page.select("#second-" + built.answerIds().get(0)).attr("value")).isEqualTo("6.5");

        var saved = SecondMarkingData.secondMarksForm(second, built, "6.5", "2");
        assertThat(saved.statusCode()).isEqualTo(303);
        var after = second.page(built.transcript());
        // 4.5 and 6.5 are 2 apart: not over the threshold, so the mean counts
        assertThat(Html.text(after, "#second-state")).isEqualTo("Marked twice — within the threshold");
        assertThat(Html.text(after, "#final-total")).isEqualTo("7.5 / 20");
        assertThat(after.select("#second-marks")).isEmpty();
    }

    @Test
    void assessmentEditPageSwitchesSecondMarkingOnWithAThreshold() {
        long assessment = ReviewData.newAssessment("Settings", false);
        var admin = WebSession.admin();
        var edit = "/admin/assessments/" + assessment + "/edit";
        var form = admin.page(edit);
        assertThat(form.select("#second-marking label[for=secondMarkingThreshold]")).hasSize(1);

        var refused = admin.submit(edit, "/admin/assessments/" + assessment + "/second-marking",
                Map.of("secondMarking", "true", "secondMarkingThreshold", "150", "secondMarkingUnit", "percent"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(refused), "#secondMarkingThreshold-error"))
                .isEqualTo("Give the threshold as a number from 0 to 100 percent.");

        var saved = admin.submit(edit, "/admin/assessments/" + assessment + "/second-marking",
                Map.of("secondMarking", "true", "secondMarkingThreshold", "25", "secondMarkingUnit", "percent"));
        assertThat(saved.statusCode()).isEqualTo(303);
        var shown = admin.page(edit);
        assertThat(shown.select("input[name=secondMarking]").hasAttr("checked")).isTrue();
        assertThat(shown.select("#secondMarkingThreshold").attr("value")).isEqualTo("25");
        assertThat(shown.select("#secondMarkingUnit option[selected]").attr("value")).isEqualTo("percent");
        var audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId = ?2 and action = ?3", "assessment", assessment,
                "assessment.second-marking").get(0).afterValue);
        assertThat(audited).isEqualTo("second marking on, adjudicate marks more than 25% of the question's points"
                + " apart");
    }

    static List<Long> rows(WebSession session, String path) {
        return session.page(path).select("table.attempts tbody tr td:first-child a").eachAttr("href").stream()
                .map(href -> Long.parseLong(href.substring(href.lastIndexOf('/') + 1))).toList();
    }

    @Test
    void agreementFiguresOfAnAssessmentMatchAHandWorkedCase() {
        var people = Reviewers.fresh();
        long assessment = SecondMarkingData.assessment("Agreement");
        var overridden = ReviewData.submitted(assessment, "Ann Agreement");
        var engines = ReviewData.submitted(assessment, "Ben Agreement");
        SecondMarkingData.override(people.first(), overridden, 1, 9, FIRST_REASON);
        SecondMarkingData.markReviewed(people.firstSession(), overridden);
        SecondMarkingData.markReviewed(people.firstSession(), engines);
        SecondMarkingData.secondMarks(people.second(), overridden, 4, 3).then().statusCode(200);
        SecondMarkingData.secondMarks(people.second(), engines, 5, 2).then().statusCode(200);

        // First marks 9, 2, 4.5, 2; second marks 4, 3, 5, 2; the engine's 4.5, 2, 4.5, 2
        var json = SecondMarkingData.api(people.second()).get("/api/assessments/" + assessment + "/agreement")
                .then().statusCode(200).extract().jsonPath();
        assertThat(List.of(json.getInt("attempts"), json.getInt("disagreements"), json.getInt("adjudicated")))
                .containsExactly(2, 1, 0);
        assertThat(List.of(json.getDouble("reviewers.exact"), json.getDouble("reviewers.adjacent")))
                .containsExactly(0.25, 0.75);
        assertThat(json.getDouble("reviewers.qwk")).isCloseTo(58.0 / 163, within(1e-6));
        // First with the engine: 1 - 4 * 20.25 / 176; second with the engine: 1 - 4 * 1.5 / 46
        assertThat(json.getList("withEngine.reviewer")).containsExactly("First marking", "Second marking",
                people.first(), people.second());
        assertThat(json.getDouble("withEngine[0].figures.qwk")).isCloseTo(95.0 / 176, within(1e-6));
        assertThat(json.getDouble("withEngine[1].figures.qwk")).isCloseTo(40.0 / 46, within(1e-6));
        assertThat(List.of(json.getDouble("withEngine[1].figures.exact"),
                json.getDouble("withEngine[1].figures.adjacent"))).containsExactly(0.25, 1.0);

        var page = people.firstSession().page("/review/assessments/" + assessment + "/statistics");
        assertThat(page.select("#agreement-reviewers td").eachText()).containsExactly("4", "25%", "75%", "0.36");
        assertThat(page.select("tr.agreement-first td").eachText()).containsExactly("4", "75%", "75%", "0.54");
        assertThat(page.select("tr.agreement-second td").eachText()).containsExactly("4", "25%", "100%", "0.87");
        assertThat(Html.text(page, "#agreement-summary")).startsWith("2 attempts marked twice. 1 answer's marks were"
                + " more than 2 points apart");
    }
}
