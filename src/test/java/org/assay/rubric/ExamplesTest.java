package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.audit.AuditEvent;
import org.assay.engine.eval.Metrics;
import org.assay.support.Fixtures;
import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.WebSession;
import org.assay.web.Numbers;

@QuarkusTest
class ExamplesTest {

    private static final String QID = "q06";
    private static final String ANSWER = "Attention compares each token's query with every key and mixes the values "
            + "by the resulting weights.";
    private static final double OVERRIDE = 6.5;

    @Inject
    ExampleService examples;

    @Inject
    RubricService rubrics;

    @Test
    void examplesFromTheBankFileAreImportedAndShownWithExpectedAndComputedScores() {
        var bank = TestBanks.fresh(QID);
        var stored = TestBanks.examples(bank, QID);
        var fileExamples = TestBanks.read(TestBanks.GENAI.resolve("q06.examples.yaml")).lines()
                .filter(line -> line.startsWith("- kind:")).count();

        var page = WebSession.admin().page(path(bank));

        assertThat(stored).hasSize((int) fileExamples);
        assertThat(stored).allSatisfy(e -> assertThat(e.source).isEqualTo("file"));
        var rows = page.select("#examples tr.example-row");
        assertThat(rows).hasSize(stored.size());
        assertThat(rows.get(0).select("td").get(3).text()).isEqualTo(Numbers.exact(stored.get(0).expectedScore));
        assertThat(rows.get(0).select("td").get(4).text()).matches("\\d+(\\.\\d+)?");
        assertThat(page.select("#agreement-saved td").eachText()).hasSize(3);
    }

    @Test
    void agreementFiguresComeFromTheExpectedAndComputedScores() {
        var bank = TestBanks.fresh(QID);
        var view = examples.evaluate(rubrics.get(bank, QID), Optional.empty());
        var expected = view.rows().stream().mapToDouble(ExamplesView.Row::expected).toArray();
        var computed = view.rows().stream().mapToDouble(ExamplesView.Row::saved).toArray();
        long within = view.rows().stream().filter(r -> Math.abs(r.saved() - r.expected()) <= 0.5).count();

        var page = WebSession.admin().page(path(bank));

        assertThat(view.saved().pearson()).isEqualTo(Metrics.pearson(expected, computed));
        assertThat(view.saved().mae()).isEqualTo(Metrics.mae(expected, computed));
        assertThat(view.saved().agreeing()).isEqualTo((int) within);
        assertThat(page.select("#agreement-saved td").eachText()).containsExactly(view.saved().pearsonText(),
                view.saved().maeText(), view.saved().agreeingText());
    }

    @Test
    void anExampleIsAddedByHandAndABadScoreIsShownAtItsField() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var examplesPage = path(bank) + "/examples";

        var refused = admin.submit(examplesPage, examplesPage, Map.of("exampleAnswer", ANSWER, "exampleScore",
                "11", "exampleKind", "partial"));
        var added = admin.submit(examplesPage, examplesPage, Map.of("exampleAnswer", ANSWER, "exampleScore",
                "6", "exampleKind", "partial"));

        assertThat(refused.statusCode()).isEqualTo(422);
        var refusedPage = Html.parse(refused);
        assertThat(Html.text(refusedPage, "#exampleScore-error")).contains("from 0 to 10");
        assertThat(refusedPage.select("#exampleAnswer").text()).isEqualTo(ANSWER);
        assertThat(added.statusCode()).isEqualTo(303);
        var kept = TestBanks.examples(bank, QID).stream().filter(e -> e.answer.equals(ANSWER)).toList();
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).source).isEqualTo("manual");
        assertThat(kept.get(0).expectedScore).isEqualTo(6.0);
        assertThat(admin.page(examplesPage).select("#examples-list tr.example-row td:nth-child(4)").eachText())
                .contains(ANSWER);
    }

    @Test
    void theTryItAnswerIsKeptAsAnExampleAndTheDraftStays() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("title", "Self-attention, being edited");
        fields.put("answer", ANSWER);
        fields.put("exampleScore", "5.5");
        fields.put("action", "keep-example");

        var page = Html.parse(admin.post(path(bank), fields));

        assertThat(Html.text(page, "#notice")).contains("Kept the answer");
        assertThat(page.select("#title").val()).isEqualTo("Self-attention, being edited");
        var kept = TestBanks.examples(bank, QID).stream().filter(e -> e.answer.equals(ANSWER)).toList();
        assertThat(kept).singleElement().satisfies(e -> {
            assertThat(e.source).isEqualTo("try-it");
            assertThat(e.expectedScore).isEqualTo(5.5);
            assertThat(e.kind).isEqualTo("partial");
        });
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void examplesTheDraftBreaksAreNamed() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        for (int i = 0; i < 4; i++) {
            fields.put("criteria-" + i + "-expressions", "an expression no answer contains");
            fields.put("criteria-" + i + "-keywords", "qqqq, wwww");
            fields.put("criteria-" + i + "-exemplars", "");
        }
        fields.put("action", "validate");

        var page = Html.parse(admin.post(path(bank), fields));

        var broken = page.select("#examples tr.example-row.broken");
        assertThat(broken).isNotEmpty();
        assertThat(Html.text(page, "#broken-examples")).startsWith("The draft breaks " + broken.size() + " example");
        assertThat(page.select("#agreement-draft")).hasSize(1);
        var view = examples.evaluate(rubrics.get(bank, QID), Optional.empty());
        var savedOk = view.rows().stream().filter(ExamplesView.Row::savedAgrees).map(r -> Long.toString(r.id()))
                .toList();
        assertThat(broken.eachAttr("data-example")).allSatisfy(id -> assertThat(savedOk).contains(id));
    }

    @Test
    void aReviewedTranscriptAnswerBecomesAnExampleWithTheReviewersScore() {
        var bank = TestBanks.fresh(QID);
        var assessment = TestAttempts.assessment(bank, List.of(QID));
        var answerId = TestAttempts.submitted(assessment, List.of(ANSWER)).get(0);
        var attemptId = TestAttempts.attemptOf(answerId);
        var admin = WebSession.admin();
        var refused = admin.submit("/admin/banks", "/admin/examples/from-answer", Map.of("answerId",
                Long.toString(answerId)));
        var gradeId = Fixtures.grade(attemptId, 1, 3, List.of());
        Fixtures.override(gradeId, OVERRIDE);

        var response = admin.submit("/admin/banks", "/admin/examples/from-answer", Map.of("answerId",
                Long.toString(answerId)));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).isEqualTo("/review/attempts/" + attemptId);
        var kept = TestBanks.examples(bank, QID).stream().filter(e -> answerId.equals(e.answerId)).toList();
        assertThat(kept).singleElement().satisfies(e -> {
            assertThat(e.expectedScore).isEqualTo(OVERRIDE);
            assertThat(e.source).isEqualTo("transcript");
            assertThat(e.answer).isEqualTo(ANSWER);
        });
        var again = admin.submit("/admin/banks", "/admin/examples/from-answer", Map.of("answerId",
                Long.toString(answerId)));
        assertThat(again.statusCode()).isEqualTo(422);
    }

    @Test
    void anAttemptMarkedReviewedGivesItsGradeAsTheExpectedScore() {
        var bank = TestBanks.fresh(QID);
        var answerId = TestAttempts.submitted(TestAttempts.assessment(bank, List.of(QID)), List.of(ANSWER)).get(0);
        var attemptId = TestAttempts.attemptOf(answerId);
        Fixtures.grade(attemptId, 1, 4, List.of());
        TestAttempts.markReviewed(attemptId);

        var response = WebSession.admin().submit("/admin/banks", "/admin/examples/from-answer",
                Map.of("answerId", Long.toString(answerId)));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(TestBanks.examples(bank, QID).stream().filter(e -> answerId.equals(e.answerId)))
                .singleElement().satisfies(e -> assertThat(e.expectedScore).isEqualTo(4.0));
    }

    @Test
    void deletingAnExampleRemovesItAndBothChangesAreAudited() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var examplesPage = path(bank) + "/examples";
        admin.submit(examplesPage, examplesPage, Map.of("exampleAnswer", ANSWER, "exampleScore", "6",
                "exampleKind", ""));
        var id = TestBanks.examples(bank, QID).stream().filter(e -> e.answer.equals(ANSWER)).findFirst()
                .orElseThrow().id;

        var response = admin.submit(examplesPage, examplesPage + "/" + id + "/delete", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(TestBanks.examples(bank, QID)).noneSatisfy(e -> assertThat(e.id).isEqualTo(id));
        var actions = QuarkusTransaction.requiringNew().call(() -> AuditEvent.listByEntity("rubric_example", id))
                .stream().map(e -> e.action).toList();
        assertThat(actions).containsExactly("example.added", "example.deleted");
    }

    @Test
    void interviewerCannotAddExamples() {
        var bank = TestBanks.fresh(QID);
        var interviewer = TestAccounts.interviewer();
        var examplesPage = path(bank) + "/examples";

        var page = interviewer.page(examplesPage);
        var response = interviewer.submit(examplesPage, examplesPage, Map.of("exampleAnswer", ANSWER,
                "exampleScore", "6"));

        assertThat(page.select("#examples-list tr.example-row")).isNotEmpty();
        assertThat(page.select("#exampleAnswer")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static String path(String bank) {
        return "/admin/banks/" + bank + "/questions/" + QID;
    }
}
