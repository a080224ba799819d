package org.assay.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.assay.account.Role;
import org.assay.audit.AuditEvent;
import org.assay.engine.Grader;
import org.assay.engine.rubric.RubricParser;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.RubricExample;
import org.assay.rubric.TestAccounts;
import org.assay.rubric.TestAttempts;
import org.assay.rubric.TestBanks;
import org.assay.support.Api;
import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;
import org.assay.web.Numbers;

/**
 * The examples channel as people meet it: the bank's switch, the regrade preview, the transcript's explanation, the
 * notice on the score form, the examples page's agreement, the editor's warning and try-it.
 */
@QuarkusTest
class ExamplesChannelPagesTest {

    private static final Duration ENOUGH = Duration.ofMinutes(2);
    private static final String QID = "q06";
    private static final int EXAMPLES_LEFT = 3;
    private static final int MINIMUM = 8;
    private static final double STORED_PRECISION = 1e-5;

    @Inject
    GradingExamples examples;

    @Inject
    RegradeWorker worker;

    @Inject
    Grader grader;

    @Test
    void anAdminTurnsTheChannelOnAuditedAndOnlyTheRegradePreviewShowsTheScoresItWouldGive() {
        var setup = RegradeFixtures.gradedAtZero();
        var admin = WebSession.admin();
        var bankPath = "/admin/banks/" + setup.bank();
        assertThat(admin.page(bankPath).select("#examplesAsEvidence[checked]")).isEmpty();

        var saved = admin.submit(bankPath, bankPath + "/settings", Map.of("examplesAsEvidence", "on"));

        assertThat(saved.statusCode()).isEqualTo(303);
        var page = admin.page(bankPath);
        assertThat(page.select("#examplesAsEvidence[checked]")).hasSize(1);
        assertThat(page.select("#overridesAsExamples[checked]")).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.listByEntity("question_bank",
                bankId(setup.bank()))).stream().filter(e -> e.action.startsWith("bank.settings")))
                .singleElement().satisfies(e -> {
                    assertThat(e.action).isEqualTo("bank.settings_changed");
                    assertThat(e.actor).isEqualTo(WebSession.ADMIN);
                    assertThat(e.beforeValue).startsWith("examples as evidence off");
                    assertThat(e.afterValue).startsWith("examples as evidence on");
                });
        setup.answerIds().forEach(id -> assertThat(RegradeFixtures.grades(id)).singleElement()
                .satisfies(g -> assertThat(g.score).isZero()));

        var preview = admin.page("/admin/regrade/preview?question=" + setup.questionId());

        var rubricAlone = setup.predicted(grader);
        var after = new HashMap<Long, String>();
        preview.select("#largest-changes tbody tr").forEach(row -> {
            var first = row.select("td").get(0).text();
            after.put(Long.parseLong(first.substring(first.lastIndexOf(' ') + 1)), row.select("td").get(3).text());
        });
        boolean moved = false;
        for (int i = 0; i < setup.answerIds().size(); i++) {
            double withExamples = finalScore(setup, i);
            moved |= withExamples != rubricAlone.get(i);
            if (withExamples != 0) {
                assertThat(after).containsEntry(setup.answerIds().get(i), Numbers.points(withExamples));
            }
        }
        assertThat(moved).as("the examples move at least one score").isTrue();
        setup.answerIds().forEach(id -> assertThat(RegradeFixtures.grades(id)).hasSize(1));
    }

    @Test
    void interviewersSeeTheSettingsButOnlyAdminsChangeThemOnThePageOrThroughTheApi() {
        var bank = TestBanks.fresh(QID);
        var bankPath = "/admin/banks/" + bank;
        var username = TestUsers.create(Role.interviewer);
        var interviewer = WebSession.signedIn(username, TestUsers.PASSWORD);

        var page = interviewer.page(bankPath);
        var refused = interviewer.post(bankPath + "/settings", Map.of("examplesAsEvidence", "on"));
        var refusedApi = Api.as(username, TestUsers.PASSWORD).body("{\"examplesAsEvidence\": true}")
                .put("/api/banks/" + bank + "/settings");
        var changed = Api.asAdmin().body("{\"overridesAsExamples\": true}").put("/api/banks/" + bank + "/settings");
        var read = Api.as(username, TestUsers.PASSWORD).get("/api/banks/" + bank + "/settings");

        assertThat(Html.text(page, "#grading-settings-state")).contains("examples as evidence: off");
        assertThat(page.select("#grading-settings form")).isEmpty();
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refusedApi.statusCode()).isEqualTo(403);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(Api.json(changed).getBoolean("overridesAsExamples")).isTrue();
        assertThat(Api.json(changed).getBoolean("examplesAsEvidence")).isFalse();
        assertThat(Api.json(read).getBoolean("overridesAsExamples")).isTrue();
        assertThat(Api.json(read).getBoolean("examplesAsEvidence")).isFalse();
    }

    @Test
    void theTranscriptSaysWhichExamplesMovedTheScoreLinksToThemAndKeepsTheRubricScoreApart() {
        var setup = RegradeFixtures.gradedAtZero();
        turnOn(setup.bank(), false);
        var admin = WebSession.admin();
        admin.submit("/admin/regrade/preview?question=" + setup.questionId(), "/admin/regrade",
                Map.of("question", Long.toString(setup.questionId())));
        worker.work(ENOUGH);
        long answerId = setup.answerIds().get(0);
        long attemptId = TestAttempts.attemptOf(answerId);
        var rubricAlone = setup.predicted(grader).get(0);
        var stored = RegradeFixtures.grades(answerId).get(1).score;

        var page = admin.page("/review/attempts/" + attemptId);
        var json = Api.json(Api.asAdmin().get("/api/attempts/" + attemptId + "/transcript"));

        assertThat(Html.text(page, "#q1 .example-evidence .rubric-score")).isEqualTo(Numbers.points(rubricAlone));
        assertThat(Html.text(page, "#q1 .example-evidence .example-final")).isEqualTo(Numbers.points(stored));
        assertThat(Html.text(page, "#q1 .automatic-score")).startsWith(Numbers.points(stored) + " /");
        var neighbours = page.select("#q1 .example-neighbour");
        assertThat(neighbours).isNotEmpty();
        var link = neighbours.first().select("a").attr("href");
        assertThat(link).startsWith("/admin/banks/" + setup.bank() + "/questions/q06/examples#example-");
        assertThat(neighbours.first().text()).matches("Close to example \\d+ \\(scored [0-9.]+/10: [a-z ]+; \\d+% "
                + "similar\\): moved the score [-+]?[0-9.]+\\..*");
        var exampleId = link.substring(link.indexOf('#') + 1);
        var interviewer = TestAccounts.interviewer();
        assertThat(interviewer.page(link.substring(0, link.indexOf('#'))).select("tr#" + exampleId)).hasSize(1);
        assertThat(json.getDouble("answers[0].examples.rubricScore")).isCloseTo(rubricAlone, within(STORED_PRECISION));
        assertThat(json.getDouble("answers[0].examples.finalScore")).isCloseTo(stored, within(STORED_PRECISION));
        assertThat(json.getString("answers[0].examples.explanation")).contains("close to example ");
        assertThat(json.getString("answers[0].examples.neighbours[0].link")).isEqualTo(link);
    }

    @Test
    void withOverridesAsASourceTheScoreFormsSayTheReviewersScoreTeachesTheGrader() {
        var setup = RegradeFixtures.gradedAtZero();
        long attemptId = TestAttempts.attemptOf(setup.answerIds().get(0));
        var admin = WebSession.admin();
        turnOn(setup.bank(), false);
        var examplesOnly = admin.page("/review/attempts/" + attemptId);
        turnOn(setup.bank(), true);

        var page = admin.page("/review/attempts/" + attemptId);

        assertThat(examplesOnly.select(".override-teaches")).isEmpty();
        assertThat(Html.text(page, "#q1-override .override-teaches")).contains("Your score will teach the grader "
                + "for q06");
        assertThat(page.select("#q1-criteria .override-teaches")).hasSize(1);
    }

    @Test
    void theExamplesPageComparesAgreementWithAndWithoutTheChannelLeavingEachExampleOut() {
        var bank = TestBanks.fresh(QID);
        var path = "/admin/banks/" + bank + "/questions/" + QID + "/examples";
        var admin = WebSession.admin();

        var page = admin.page(path);

        assertThat(Html.text(page, "#channel-state")).isEqualTo("off");
        assertThat(Html.text(page, "#channel-table caption")).contains("leave-one-out over the 12 examples");
        var without = page.select("#channel-without td");
        var with = page.select("#channel-with td");
        assertThat(Html.text(page, "#agreement")).startsWith("Pearson r " + without.get(0).text() + " ");
        assertThat(without.get(1).text()).matches("\\d+ of 12 agree \\(\\d+%\\)");
        assertThat(with.get(0).text()).matches("-?\\d\\.\\d\\d");
        assertThat(with.get(1).text()).matches("\\d+ of 12 agree \\(\\d+%\\)");
        assertThat(page.select("tr.example-row[id^=example-]")).hasSize(12);
    }

    @Test
    void theEditorWarnsWhenAQuestionHasTooFewExamplesAndSaysHowManyMore() {
        var bank = TestBanks.fresh(QID);
        var path = "/admin/banks/" + bank + "/questions/" + QID;
        var admin = WebSession.admin();
        var enough = admin.page(path);
        QuarkusTransaction.requiringNew().run(() -> {
            List<RubricExample> all = RubricExample.list("question.id = ?1 order by id",
                    TestBanks.questionId(bank, QID));
            all.subList(EXAMPLES_LEFT, all.size()).forEach(RubricExample::delete);
        });

        var few = admin.page(path);

        assertThat(enough.select("#examples-coverage.warning")).isEmpty();
        assertThat(Html.text(enough, "#examples-coverage")).contains("12 examples that count");
        assertThat(Html.text(few, "#examples-coverage.warning")).contains("it has " + EXAMPLES_LEFT + " that count")
                .contains("at least " + MINIMUM + " examples");
        assertThat(Html.text(few, "#examples-coverage .examples-needed"))
                .isEqualTo(Integer.toString(MINIMUM - EXAMPLES_LEFT));
    }

    @Test
    void tryItExplainsWhichExamplesMovedTheScoreOnceTheBankUsesThem() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var path = "/admin/banks/" + bank + "/questions/" + QID;
        var fields = Forms.fields(admin.page(path), "#editor");
        var example = TestBanks.examples(bank, QID).get(0);
        var off = Html.parse(tryAnswer(admin, path, fields, example.answer));
        turnOn(bank, false);

        var on = Html.parse(tryAnswer(admin, path, fields, example.answer));
        fields.put("criteria-1-keywords", "zzzz, yyyy");
        var draft = Html.parse(tryAnswer(admin, path, fields, example.answer));

        assertThat(Html.text(off, "#report-examples")).contains("off for this bank");
        assertThat(off.select(".example-evidence")).isEmpty();
        assertThat(Html.text(on, ".example-evidence .example-final")).isEqualTo(Html.text(on, "#report-score"));
        assertThat(Html.text(on, ".example-evidence .rubric-score")).isNotEmpty();
        assertThat(on.select(".example-neighbour a").eachAttr("href"))
                .contains(path + "/examples#example-" + example.id);
        assertThat(Html.text(draft, "#report-examples")).contains("not used with this draft");
    }

    private double finalScore(RegradeFixtures.Setup setup, int index) {
        long answerId = setup.answerIds().get(index);
        var content = QuarkusTransaction.requiringNew().call(() -> ((Question) Question.findById(setup.questionId()))
                .currentVersion.content);
        var rubric = new RubricParser().parse("rubric.yaml", content).rubric().orElseThrow();
        return examples.grade(bankId(setup.bank()), QID, answerId, TestAttempts.attemptOf(answerId), rubric,
                setup.texts().get(index)).score();
    }

    private static Response tryAnswer(WebSession session, String path, Map<String, String> fields, String answer) {
        var form = new LinkedHashMap<>(fields);
        form.put("answer", answer);
        var spec = session.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Assay-Partial", "1");
        form.forEach(spec::formParam);
        return spec.post(path + "/try");
    }

    private static long bankId(String bank) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionBank.findByKey(bank).orElseThrow().id);
    }

    private static void turnOn(String bank, boolean overrides) {
        var response = Api.asAdmin().body("{\"examplesAsEvidence\": true, \"overridesAsExamples\": " + overrides
                + "}").put("/api/banks/" + bank + "/settings");
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
