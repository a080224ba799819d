package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class BankPagesTest {

    private static final String MODEL_ANSWER = "Temperature divides the logits before the softmax. A low temperature "
            + "makes the distribution sharper, so the model picks the most likely tokens and the output is more "
            + "predictable. A high temperature flattens the distribution, so rarer tokens are sampled more often and "
            + "the text becomes more varied but less reliable.";

    @Test
    void banksPageListsBanksAndTheirQuestionCounts() {
        var bank = TestBanks.fresh("q01", "q06");

        var page = WebSession.admin().page("/admin/banks");

        var row = page.select("#banks tbody tr:has(a[href=/admin/banks/" + bank + "])");
        assertThat(row).hasSize(1);
        assertThat(row.select("td").get(2).text()).isEqualTo("2");
    }

    @Test
    void aBankAndAQuestionAreCreatedFromScratch() {
        var key = "b-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = WebSession.admin();

        var created = admin.submit("/admin/banks", "/admin/banks", Map.of("key", key, "title", "Decoding",
                "description", "How models pick their words.", "timeLimitMinutes", "20"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(created)).isEqualTo("/admin/banks/" + key);

        var added = admin.submit("/admin/banks/" + key, "/admin/banks/" + key + "/questions", Map.of("qid", "d01",
                "title", "Temperature", "prompt", "What does the sampling temperature change?", "points", "6",
                "modelAnswer", MODEL_ANSWER));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(added)).isEqualTo("/admin/banks/" + key + "/questions/d01");
        var version = TestBanks.current(key, "d01");
        assertThat(version.versionNo).isEqualTo(1);
        assertThat(version.points).isEqualTo(6.0);
        var editor = admin.page("/admin/banks/" + key + "/questions/d01");
        assertThat(editor.select("#criteria fieldset.row")).isNotEmpty();
        assertThat(editor.select("#modelAnswer").text()).isEqualTo(MODEL_ANSWER);
        assertThat(QuarkusTransaction.requiringNew().call(() -> QuestionBank.findByKey(key).orElseThrow().title))
                .isEqualTo("Decoding");
    }

    @Test
    void aBankWithAnExistingIdOrABadIdIsRefusedAtTheField() {
        var bank = TestBanks.fresh("q01");
        var admin = WebSession.admin();

        var taken = admin.submit("/admin/banks", "/admin/banks", Map.of("key", bank, "title", "Again",
                "description", "", "timeLimitMinutes", "20"));
        var bad = admin.submit("/admin/banks", "/admin/banks", Map.of("key", "Not OK", "title", "Typed title",
                "description", "", "timeLimitMinutes", "0"));

        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(taken), "#key-error")).contains("already a bank");
        assertThat(bad.statusCode()).isEqualTo(422);
        var page = Html.parse(bad);
        assertThat(Html.text(page, "#key-error")).contains("lower-case");
        assertThat(Html.text(page, "#timeLimitMinutes-error")).contains("minutes");
        assertThat(page.select("#title").val()).isEqualTo("Typed title");
    }

    @Test
    void aQuestionWithoutAModelAnswerIsRefusedWithWhatWasTypedKept() {
        var bank = TestBanks.fresh("q01");

        var response = WebSession.admin().submit("/admin/banks/" + bank, "/admin/banks/" + bank + "/questions",
                Map.of("qid", "q01", "title", "Duplicate", "prompt", "Typed prompt", "points", "10",
                        "modelAnswer", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(Html.text(page, "#qid-error")).contains("already has a question q01");
        assertThat(Html.text(page, "#modelAnswer-error")).contains("model answer");
        assertThat(page.select("#prompt").text()).isEqualTo("Typed prompt");
    }

    @Test
    void interviewerSeesBanksButCannotCreateOne() {
        var interviewer = TestAccounts.interviewer();

        var page = interviewer.page("/admin/banks");
        var response = interviewer.submit("/admin/banks", "/admin/banks", Map.of("key", "nope", "title", "No",
                "description", "", "timeLimitMinutes", "20"));

        assertThat(page.select("#banks")).hasSize(1);
        assertThat(page.select("form[action=/admin/banks]")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theArchitectureAddressOfARubricLeadsToItsEditor() {
        var bank = TestBanks.fresh("q06");
        var id = TestBanks.questionId(bank, "q06");

        var response = WebSession.admin().get("/admin/rubrics/" + id);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).isEqualTo("/admin/banks/" + bank + "/questions/q06");
    }
}
