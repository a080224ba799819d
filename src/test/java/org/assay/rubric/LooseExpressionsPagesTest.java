package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.grading.GradingService;
import org.assay.session.Answer;
import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.WebSession;

/** Loose expressions as authors and reviewers meet them: marked in the editor, on try-it evidence and transcripts. */
@QuarkusTest
class LooseExpressionsPagesTest {

    private static final String QID = "q02";
    /** Criterion 3 of q02 lists "one word at a time", "goes again" and "keeps going" among specific expressions. */
    private static final String LOOP = "criteria-2";
    private static final String LOOSE_ONLY = "She keeps going until dinner.";
    private static final List<String> HIGH = List.of(
            "It scores every word embedding against the context and samples the next token; a word vector helps.",
            "Each word embedding feeds the network, which outputs next-token probabilities over the word vector "
                    + "space, appends the pick and repeats.",
            "From the word embedding of the context it predicts a distribution, samples a token, appends it and "
                    + "loops.");
    private static final String LOW = "It looks up a word vector and answers.";

    @Inject
    ExampleService examples;

    @Inject
    AuthoringEngine engine;

    @Inject
    GradingService grading;

    @Inject
    RubricCache rubrics;

    @Test
    void theEditorMarksLooseExpressionsUnderTheirField() {
        var page = WebSession.admin().page(path(TestBanks.fresh(QID)));

        assertThat(page.select("#" + LOOP + "-id").val()).isEqualTo("autoregressive_loop");
        var marks = page.select("#" + LOOP + "-expressions-loose .loose-expression").eachText();
        assertThat(marks).contains("“one word at a time”", "“goes again”", "“keeps going”")
                .doesNotContain("“fed back as input”", "“one token at a time”");
        assertThat(Html.text(page, "#" + LOOP + "-expressions-loose")).contains("common word");
    }

    @Test
    void tryItMarksEvidenceThatRestsOnALooseExpression() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("answer", LOOSE_ONLY);
        var spec = admin.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Assay-Partial", "1");
        fields.forEach(spec::formParam);

        var report = Html.parse(spec.post(path(bank) + "/try"));

        var loose = report.select("tr.criterion-result .evidence.loose");
        assertThat(loose).isNotEmpty();
        assertThat(loose.first().select(".loose-tag").text()).isEqualTo("loose expression");
    }

    @Test
    void suggestingOffersTighterPhrasesFromHighScoredExamplesAndNotFromLowScoredOnes() {
        var bank = TestBanks.fresh(QID);
        HIGH.forEach(answer -> examples.add(bank, QID, new ExampleInput(answer, "9", ""), ExampleService.SOURCE_MANUAL,
                "test"));
        examples.add(bank, QID, new ExampleInput(LOW, "1", ""), ExampleService.SOURCE_MANUAL, "test");
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("action", "suggest");

        var page = Html.parse(admin.post(path(bank), fields));

        var marks = page.select("#" + LOOP + "-expressions-loose li");
        var oneWordAtATime = marks.stream().filter(li -> li.text().startsWith("“one word at a time”")).findFirst()
                .orElseThrow();
        assertThat(oneWordAtATime.select(".tighter").eachText()).contains("“word embedding”")
                .doesNotContain("“word vector”");
        assertThat(Html.text(page, "#notice")).contains("loose expressions are marked");
    }

    @Test
    void theTranscriptMarksEvidenceThatRestsOnALooseExpression() {
        var bank = TestBanks.fresh(QID);
        var answerId = TestAttempts.submitted(TestAttempts.assessment(bank, List.of(QID)), List.of(LOOSE_ONLY))
                .get(0);
        QuarkusTransaction.requiringNew().run(() -> {
            Answer answer = Answer.findById(answerId);
            var report = engine.grade(rubrics.rubric(answer.rubricVersion).orElseThrow(), answer.text);
            grading.record(answer, answer.rubricVersion, report, null);
        });

        var transcript = WebSession.admin().page("/review/attempts/" + TestAttempts.attemptOf(answerId));

        var loose = transcript.select(".evidence li.loose");
        assertThat(loose).isNotEmpty();
        assertThat(loose.first().text()).containsAnyOf("matched “keeps going”", "matched “goes again”")
                .contains("loose expression");
    }

    private static String path(String bank) {
        return "/admin/banks/" + bank + "/questions/" + QID;
    }
}
