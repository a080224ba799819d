package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class EditorMessagesTest {

    private static final String QID = "q10";
    private static final String THEIR_LABEL = "Rescales the logits before the softmax";

    @Test
    void aRefusedSaveIsOneErrorSummaryAtTheTopLinkingToTheField() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("criteria-1-points", "three");
        fields.put("action", "save");

        var page = Html.parse(admin.post(path(bank), fields));

        assertThat(page.select(".error-summary")).hasSize(1);
        assertThat(Html.text(page, ".error-summary h2")).startsWith("Not saved");
        assertThat(page.select(".error-summary a[href=#criteria-1-points]")).hasSize(1);
        assertThat(page.select("#notice")).as("no success-styled notice").isEmpty();
    }

    @Test
    void aStaleSaveShowsTheOtherAuthorsChangeByFieldOnceAndSavingAgainReappliesTheDraft() {
        var bank = TestBanks.fresh(QID);
        var first = WebSession.admin();
        var second = WebSession.admin();
        var firstFields = Forms.fields(first.page(path(bank)), "#editor");
        var secondFields = Forms.fields(second.page(path(bank)), "#editor");
        firstFields.put("criteria-0-label", THEIR_LABEL);
        firstFields.put("action", "save");
        first.post(path(bank), firstFields);
        secondFields.put("criteria-2-points", "3");
        secondFields.put("criteria-2-expressions", "choose a low temperature\n" + secondFields
                .get("criteria-2-expressions"));
        secondFields.put("action", "save");

        var response = second.post(path(bank), secondFields);

        assertThat(response.statusCode()).isEqualTo(409);
        var page = Html.parse(response);
        var main = Html.text(page, "main");
        assertThat(main.split("has been saved since", -1)).as("reported once").hasSize(2);
        assertThat(Html.text(page, "#rubric")).contains("Their change: C1 (scales_logits) label:")
                .contains("→ \"" + THEIR_LABEL + "\"");
        assertThat(page.select(".warning")).isEmpty();

        var again = second.post(path(bank), withAction(Forms.fields(page, "#editor"), "save"));

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(TestBanks.current(bank, QID).content).contains("choose a low temperature");
    }

    @Test
    void theHistoryComparesVersionsByFieldAlsoAcrossAYamlEdit() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var yaml = TestBanks.current(bank, QID).content.replace("      - low temperature\n",
                "      - choose a low temperature\n");
        admin.submit(path(bank) + "/yaml", path(bank) + "/yaml", Map.of("yaml", yaml, "baseVersion", "1",
                "action", "save"));

        var page = admin.page(path(bank) + "/history/diff?from=1&to=2");

        assertThat(page.select("#field-changes li").eachText()).containsExactly(
                "C3 (qa_choice) expressions: − low temperature, + choose a low temperature");
        assertThat(Html.text(page, "#diff-summary")).contains("1 line(s) added").contains("1 line(s) removed");
    }

    @Test
    void theEditorHasATableOfContentsLinkingToEverySection() {
        var bank = TestBanks.fresh(QID);

        var page = WebSession.admin().page(path(bank));

        var targets = page.select("#editor-toc a").eachAttr("href");
        assertThat(targets).contains("#question", "#criteria", "#misconceptions", "#synonyms", "#try", "#save",
                "#examples");
        targets.forEach(href -> assertThat(page.select(href)).as(href).hasSize(1));
    }

    private static Map<String, String> withAction(Map<String, String> fields, String action) {
        fields.put("action", action);
        return fields;
    }

    private static String path(String bank) {
        return "/admin/banks/" + bank + "/questions/" + QID;
    }
}
