package org.assay.review;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.assessment.Assessment;
import org.assay.support.Api;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/**
 * Attempts of an assessment with second marking (threshold 2 points): the first reviewer's override and marking
 * reviewed, the second reviewer's marks and an adjudication, each through the API as people would send them.
 */
public final class SecondMarkingData {

    static final double THRESHOLD_POINTS = 2;

    /** A first reviewer, a second reviewer and an adjudicator, each with an account of their own. */
    public record Reviewers(String first, String second, String adjudicator) {

        /** Three new interviewer accounts. */
        public static Reviewers fresh() {
            var people = new Reviewers(TestUsers.uniqueName("first"), TestUsers.uniqueName("second"),
                    TestUsers.uniqueName("adjudicator"));
            List.of(people.first, people.second, people.adjudicator).forEach(ReviewData::interviewer);
            return people;
        }

        public WebSession firstSession() {
            return ReviewData.interviewer(first);
        }

        public WebSession secondSession() {
            return ReviewData.interviewer(second);
        }

        public WebSession adjudicatorSession() {
            return ReviewData.interviewer(adjudicator);
        }
    }

    private SecondMarkingData() {
    }

    /** A new two-question assessment (10 points each) with second marking on. */
    public static long assessment(String title) {
        long id = ReviewData.newAssessment(title, false);
        QuarkusTransaction.requiringNew().run(() -> {
            Assessment assessment = Assessment.findById(id);
            assessment.secondMarking = true;
            assessment.secondMarkingThreshold = THRESHOLD_POINTS;
            assessment.secondMarkingUnit = "points";
        });
        return id;
    }

    static RequestSpecification api(String username) {
        return Api.as(username, ReviewData.PASSWORD);
    }

    /** The first reviewer changes question {@code question}'s score, with a reason. */
    public static void override(String reviewer, ReviewData.Built built, int question, double score, String reason) {
        api(reviewer).body(Map.of("score", score, "reason", reason, "overrideId", 0))
                .post("/api/answers/" + built.answerIds().get(question - 1) + "/override").then().statusCode(200);
    }

    /** The reviewer marks the attempt reviewed through its transcript page. */
    public static void markReviewed(WebSession reviewer, ReviewData.Built built) {
        var response = reviewer.submit(built.transcript(), built.transcript() + "/reviewed", Map.of());
        if (response.statusCode() != 303) {
            throw new IllegalStateException("Not marked reviewed: " + response.statusCode());
        }
    }

    /** Sends the second marks of both questions through the API. */
    public static Response secondMarks(String reviewer, ReviewData.Built built, double first, double second) {
        return api(reviewer).body(Map.of("marks", List.of(
                Map.of("answerId", built.answerIds().get(0), "score", first),
                Map.of("answerId", built.answerIds().get(1), "score", second)), "note", "Marked blind"))
                .post("/api/attempts/" + built.attemptId() + "/second-marks");
    }

    public static Response adjudicate(String adjudicator, ReviewData.Built built, int question, double score,
            String reason) {
        return api(adjudicator).body(Map.of("score", score, "reason", reason))
                .post("/api/answers/" + built.answerIds().get(question - 1) + "/adjudication");
    }

    /** Sends the transcript's second-marking form the way a browser would, with a score per question. */
    static Response secondMarksForm(WebSession reviewer, ReviewData.Built built, String first, String second) {
        var token = reviewer.page(built.transcript()).select("input[name=" + WebSession.CSRF_FIELD + "]")
                .attr("value");
        return reviewer.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(WebSession.CSRF_FIELD, token)
                .formParam("answer", built.answerIds().get(0), built.answerIds().get(1))
                .formParam("score", first, second).formParam("note", "")
                .post(built.transcript() + "/second-marks");
    }
}
