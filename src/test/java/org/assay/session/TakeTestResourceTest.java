package org.assay.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.assay.support.Html;
import org.assay.support.TestData;
import org.assay.support.WebSession;

@QuarkusTest
class TakeTestResourceTest {

    private static final String ANSWER = "Overfitting is learning the noise of the training set.";
    private static final String BETTER_ANSWER =
            "Overfitting is learning noise; validation loss rises while training loss falls.";
    private static final int ANSWER_LIMIT = 10_000;

    private Candidate startedCandidate(int questions) {
        var candidate = new Candidate(TestData.invitation(questions));
        assertThat(Html.locationPath(candidate.start())).isEqualTo(candidate.link("/q/1"));
        return candidate;
    }

    @Test
    void welcomePageShowsTitleRulesQuestionCountTimeLimitAndStartButton() {
        var candidate = new Candidate(TestData.invitation(4));

        var response = candidate.open("");
        var page = Html.parse(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("h1").text()).isEqualTo("Machine learning basics");
        assertThat(page.select("#question-count").text()).isEqualTo("4");
        assertThat(page.select("#time-limit").text()).isEqualTo(TestData.TIME_LIMIT_MINUTES + " minutes");
        assertThat(page.select("#rules li")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.select("#rules").text()).contains("submitted for you");
        var form = page.select("form[action=" + candidate.link("/start") + "]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=csrf-token]").attr("value")).isNotBlank();
        assertThat(form.select("button").text()).isEqualTo("Start the test");
        assertThat(TestData.attempt(candidate.invite)).isNull();
    }

    @Test
    void startCreatesAnAttemptWithAnswersPinnedToTheCurrentRubricVersions() {
        var candidate = startedCandidate(3);

        var attempt = TestData.attempt(candidate.invite);
        assertThat(attempt.status).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(Duration.between(attempt.startedAt, attempt.deadline))
                .isEqualTo(Duration.ofMinutes(TestData.TIME_LIMIT_MINUTES));
        var answers = TestData.answers(candidate.invite);
        assertThat(answers).extracting(answer -> answer.question.id).isEqualTo(candidate.invite.questionIds());
        assertThat(answers).allSatisfy(answer -> assertThat(answer.rubricVersion.versionNo).isEqualTo(1));
    }

    @Test
    void startWithoutTheFormTokenIsRefused() {
        var candidate = new Candidate(TestData.invitation(1));
        candidate.open("");

        var response = candidate.browser.post(candidate.link("/start"), Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestData.attempt(candidate.invite)).isNull();
    }

    @Test
    void questionPageShowsProgressPromptLabelledBoxStatusTimerAndQuestionList() {
        var candidate = startedCandidate(3);

        var page = candidate.page("/q/2");

        assertThat(page.select("#progress").text()).isEqualTo("Question 2 of 3");
        assertThat(page.select("#question-title").text()).isEqualTo("2. " + TestData.TITLES[1]);
        assertThat(page.select("#prompt").text()).isEqualTo("Explain tokenization in a paragraph.");
        assertThat(page.select("label[for=answer]").text()).isEqualTo("Your answer to question 2");
        assertThat(page.select("textarea#answer[name=text]")).hasSize(1);
        assertThat(page.select("#save-status").attr("aria-live")).isEqualTo("polite");
        assertThat(page.select("#save-status").text()).isEqualTo("Not saved yet");
        assertThat(page.select("#countdown").attr("role")).isEqualTo("timer");
        assertThat(Instant.parse(page.select("#countdown").attr("data-deadline")))
                .isEqualTo(TestData.attempt(candidate.invite).deadline);
        assertThat(page.select("nav[aria-labelledby=all-questions] button[name=go]")).hasSize(3);
        assertThat(page.select("button[aria-current]").attr("value")).isEqualTo("2");
        assertThat(page.select("button[value=prev]").text()).isEqualTo("Previous question");
        assertThat(page.select("button[value=next]").text()).isEqualTo("Next question");
        assertThat(page.select("#answer-form").attr("data-interval")).isEqualTo("3000");
        assertThat(page.select("script[src=/js/autosave.js]")).hasSize(1);
    }

    @Test
    void anEditOfARunningTestsQuestionChangesNothingTheCandidateSees() {
        var candidate = startedCandidate(2);
        TestData.editQuestion(candidate.invite.questionIds().get(0), "Renamed by an admin", "A different prompt.");

        var page = candidate.page("/q/1");
        var confirm = candidate.page("/submit");
        var state = given().accept(ContentType.JSON).get(candidate.api("")).jsonPath();

        assertThat(page.select("#question-title").text()).isEqualTo("1. " + TestData.TITLES[0]);
        assertThat(page.select("#prompt").text()).isEqualTo("Explain overfitting in a paragraph.");
        assertThat(page.select("button[value=1]").text()).startsWith("1. " + TestData.TITLES[0]);
        assertThat(confirm.select("#unanswered li").eachText()).contains("Question 1: " + TestData.TITLES[0]);
        assertThat(state.getString("answers[0].title")).isEqualTo(TestData.TITLES[0]);
        assertThat(page.text()).doesNotContain("Renamed by an admin").doesNotContain("A different prompt.");
    }

    @Test
    void nextButtonSavesTheTextWithoutJavaScriptAndOpensTheNextQuestion() {
        var candidate = startedCandidate(3);

        var response = candidate.answer(1, ANSWER, "next");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).isEqualTo(candidate.link("/q/2"));
        var answer = TestData.answers(candidate.invite).get(0);
        assertThat(answer.text).isEqualTo(ANSWER);
        assertThat(answer.revision).isEqualTo(1);
        var back = candidate.page("/q/1");
        assertThat(back.select("textarea#answer").text()).isEqualTo(ANSWER);
        assertThat(back.select("#save-status").text()).startsWith("Saved");
        assertThat(back.select("button.jump[value=1] .state").text()).isEqualTo("answered");
        assertThat(back.select("button.jump[value=2] .state").text()).isEqualTo("not answered");
    }

    @Test
    void jumpButtonSavesTheTextAndOpensTheChosenQuestion() {
        var candidate = startedCandidate(3);
        candidate.answer(1, ANSWER, "next");

        var response = candidate.answer(2, BETTER_ANSWER, "3");

        assertThat(Html.locationPath(response)).isEqualTo(candidate.link("/q/3"));
        assertThat(TestData.answers(candidate.invite)).extracting(answer -> answer.text)
                .containsExactly(ANSWER, BETTER_ANSWER, "");
    }

    @Test
    void previousButtonAndRevisedTextReplaceTheEarlierAnswer() {
        var candidate = startedCandidate(2);
        candidate.answer(2, ANSWER, "prev");

        var response = candidate.answer(2, BETTER_ANSWER, "prev");

        assertThat(Html.locationPath(response)).isEqualTo(candidate.link("/q/1"));
        var answer = TestData.answers(candidate.invite).get(1);
        assertThat(answer.text).isEqualTo(BETTER_ANSWER);
        assertThat(answer.revision).isEqualTo(2);
    }

    @Test
    void linkResumesAtTheQuestionLastOpened() {
        var candidate = startedCandidate(4);
        candidate.answer(1, ANSWER, "3");
        candidate.open("/q/3");

        // Reopened on the same device; another device is shown the takeover notice first (ActiveDeviceTest)
        var response = candidate.browser.get(candidate.link(""));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).isEqualTo(candidate.link("/q/3"));
    }

    @Test
    void overLongAnswerKeepsTheTypedTextOnThePageAndTheSavedTextInTheDatabase() {
        var candidate = startedCandidate(2);
        candidate.answer(1, ANSWER, "save");
        var tooLong = "z".repeat(ANSWER_LIMIT + 5);

        var response = candidate.answer(1, tooLong, "next");

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(page.select("#form-error").text()).contains("10,005 characters").contains("limit is 10,000");
        assertThat(page.select("textarea#answer").text()).isEqualTo(tooLong);
        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(ANSWER);
    }

    @Test
    void formEditedFromAnOlderVersionIsRefusedWithItsTextAndSavedWhenSentAgainFromTheRefusedPage() {
        var candidate = startedCandidate(1);
        var stale = candidate.page("/q/1");
        candidate.save("q01", ANSWER, 5, 0).then().statusCode(200);

        var refused = candidate.browser.post(candidate.link("/q/1"), Map.of("csrf-token", Candidate.csrf(stale),
                "text", BETTER_ANSWER, "revision", "9", "base", stale.select("input[name=base]").attr("value"),
                "go", "save"));

        assertThat(refused.statusCode()).isEqualTo(409);
        var page = Html.parse(refused);
        assertThat(page.select("#form-error").text()).contains("newer version");
        assertThat(page.select("textarea#answer").text()).isEqualTo(BETTER_ANSWER);
        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(ANSWER);
        var again = candidate.browser.post(candidate.link("/q/1"), Map.of("csrf-token", Candidate.csrf(page),
                "text", BETTER_ANSWER, "revision", page.select("input[name=revision]").attr("value"),
                "base", page.select("input[name=base]").attr("value"), "go", "save"));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(BETTER_ANSWER);
    }

    @Test
    void timeOnAQuestionIsAddedWhenTheCandidateMovesOn() {
        var candidate = startedCandidate(2);
        candidate.open("/q/1");
        TestData.setOnQuestionSince(candidate.invite, Duration.ofSeconds(90));

        candidate.answer(1, ANSWER, "next");
        candidate.open("/q/2");

        var answers = TestData.answers(candidate.invite);
        assertThat(answers.get(0).secondsSpent).isBetween(90, 100);
        assertThat(answers.get(1).firstViewedAt).isNotNull();
    }

    @Test
    void confirmationNamesTheUnansweredQuestions() {
        var candidate = startedCandidate(3);
        candidate.answer(2, ANSWER, "review");

        var page = candidate.page("/submit");

        assertThat(page.select("#answered-count").text()).isEqualTo("You have answered 1 of 3 questions.");
        assertThat(page.select("#unanswered li").eachText())
                .containsExactly("Question 1: " + TestData.TITLES[0], "Question 3: " + TestData.TITLES[2]);
    }

    @Test
    void submittingShowsTheDonePageAndSubmittingAgainIsHarmless() {
        var candidate = startedCandidate(2);
        candidate.answer(1, ANSWER, "review");

        var response = candidate.submitForm();
        var firstSubmittedAt = TestData.attempt(candidate.invite).submittedAt;
        var again = candidate.browser.post(candidate.link("/submit"),
                Map.of("csrf-token", candidate.browser.cookie("csrf-token")));

        assertThat(Html.locationPath(response)).isEqualTo(candidate.link("/done"));
        assertThat(Html.locationPath(again)).isEqualTo(candidate.link("/done"));
        var done = candidate.page("/done");
        assertThat(done.select("h1").text()).isEqualTo("Your answers have been submitted");
        assertThat(done.select("#summary").text()).startsWith("You answered 1 of 2 questions");
        var attempt = TestData.attempt(candidate.invite);
        assertThat(attempt.submittedAt).isEqualTo(firstSubmittedAt);
        assertThat(attempt.submittedBy).isEqualTo("candidate");
    }

    @Test
    void donePageGivesAReceiptAndCandidatePagesSpeakToTheCandidate() {
        var candidate = startedCandidate(3);
        var question = candidate.page("/q/1");
        candidate.answer(1, ANSWER, "next");
        candidate.answer(2, BETTER_ANSWER, "review");
        candidate.submitForm();

        var done = candidate.page("/done");

        var attempt = TestData.attempt(candidate.invite);
        assertThat(done.select("#receipt-reference").text()).matches("A" + attempt.id + "-[0-9A-F]{6}");
        assertThat(Instant.parse(done.select("#receipt-time time").attr("datetime"))).isEqualTo(attempt.submittedAt);
        assertThat(done.select("#receipt-answers").text()).isEqualTo("2 of 3");
        assertThat(done.select("#next-steps").text()).contains("hiring@example.org");
        assertThat(question.select("header a[href=/]")).as("no way to the staff sign-in").isEmpty();
        assertThat(question.select("footer").text()).contains("hiring@example.org").doesNotContain("rubrics");
    }

    @Test
    void linkThatDoesNotWorkSaysWhomToContact() {
        var unknown = Html.parse(WebSession.anonymous().get("/t/" + TestData.newToken()));
        var expired = new Candidate(TestData.invitation(1, Instant.now().minusSeconds(60))).page("");

        assertThat(unknown.select("#next-step").text()).contains("contact hiring@example.org");
        assertThat(expired.select("#next-step").text()).contains("contact hiring@example.org");
    }

    @Test
    void unknownLinkShowsAFriendly404Page() {
        var response = WebSession.anonymous().get("/t/" + TestData.newToken());

        assertThat(response.statusCode()).isEqualTo(404);
        var page = Html.parse(response);
        assertThat(page.select("h1").text()).isEqualTo("This link is not valid");
        assertThat(page.text()).doesNotContain("Exception");
    }

    @Test
    void expiredInvitationShowsA410Page() {
        var candidate = new Candidate(TestData.invitation(1, Instant.now().minus(Duration.ofDays(1))));

        var response = candidate.open("");

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(Html.parse(response).select("h1").text()).isEqualTo("This invitation has expired");
    }

    @Test
    void finishedAttemptShowsA410PageOnItsLinkAndQuestions() {
        var candidate = startedCandidate(2);
        candidate.submitForm();

        var link = candidate.open("");
        var question = candidate.open("/q/1");

        assertThat(link.statusCode()).isEqualTo(410);
        assertThat(question.statusCode()).isEqualTo(410);
        assertThat(Html.parse(question).select("h1").text()).isEqualTo("This test has been submitted");
    }

    @Test
    void questionPageAfterTheDeadlineAndGraceSubmitsAndSaysTimeIsUp() {
        var candidate = startedCandidate(1);
        candidate.answer(1, ANSWER, "save");
        TestData.setDeadline(candidate.invite, Instant.now().minusSeconds(16));

        var response = candidate.open("/q/1");

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(Html.parse(response).select(".detail").text()).startsWith("The time for this test ended at");
        assertThat(TestData.attempt(candidate.invite).submittedBy).isEqualTo("deadline");
    }

    @Test
    void aPageOpenedWithinTheGraceSaysTimeIsUpButASaveStillInFlightIsKept() {
        var candidate = startedCandidate(1);
        TestData.setDeadline(candidate.invite, Instant.now().minusSeconds(7));

        var page = candidate.open("/q/1");
        var late = candidate.save("q01", ANSWER, 1);

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(TestData.attempt(candidate.invite).status).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(late.statusCode()).as("a save sent before the deadline, arriving within the grace").isEqualTo(200);
        assertThat(TestData.answers(candidate.invite).get(0).text).isEqualTo(ANSWER);
    }

    @Test
    void questionPageBeforeStartingLeadsToTheWelcomePage() {
        var candidate = new Candidate(TestData.invitation(2));

        var response = candidate.open("/q/1");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).isEqualTo(candidate.link(""));
    }

    @Test
    void questionNumberOutsideTheTestIsA404() {
        var candidate = startedCandidate(2);

        assertThat(candidate.open("/q/3").statusCode()).isEqualTo(404);
    }
}
