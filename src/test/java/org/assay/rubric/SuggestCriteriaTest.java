package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class SuggestCriteriaTest {

    private static final String QID = "q06";

    @Test
    void suggestionsFromTheModelAnswerFillTheEditorWithoutSaving() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var page = admin.page(path(bank));
        var fields = Forms.fields(page, "#editor");
        int rows = page.select("#criteria fieldset.row").size();
        for (int i = 0; i < rows; i++) {
            for (var field : new String[] {"id", "label", "points", "expressions", "keywords", "minKeywords",
                    "exemplars"}) {
                fields.put("criteria-" + i + "-" + field, "");
            }
        }
        fields.put("action", "suggest");

        var response = admin.post(path(bank), fields);

        assertThat(response.statusCode()).isEqualTo(200);
        var suggested = Html.parse(response);
        assertThat(Html.text(suggested, "#notice")).startsWith("Suggested").contains("starting point");
        var criteria = suggested.select("#criteria fieldset.row");
        assertThat(criteria).isNotEmpty();
        assertThat(suggested.select("#criteria-0-label").val()).isNotBlank();
        assertThat(suggested.select("#criteria-0-keywords").val()).isNotBlank();
        var modelAnswer = suggested.select("#modelAnswer").text().toLowerCase(Locale.ROOT);
        assertThat(suggested.select("#criteria-0-keywords").val().split(",\\s*"))
                .anySatisfy(keyword -> assertThat(modelAnswer).contains(keyword.toLowerCase(Locale.ROOT)));
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void suggestionsAreAddedAfterCriteriaTheAuthorAlreadyWrote() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var page = admin.page(path(bank));
        var fields = Forms.fields(page, "#editor");
        int before = page.select("#criteria fieldset.row").size();
        fields.put("action", "suggest");

        var suggested = Html.parse(admin.post(path(bank), fields));

        assertThat(suggested.select("#criteria fieldset.row").size()).isGreaterThan(before);
        assertThat(suggested.select("#criteria-0-id").val()).isEqualTo(fields.get("criteria-0-id"));
        assertThat(Html.text(suggested, "#notice")).contains("added after yours");
    }

    @Test
    void withoutAModelAnswerNothingIsSuggestedAndTheFieldSaysWhy() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("modelAnswer", "  ");
        fields.put("action", "suggest");

        var response = admin.post(path(bank), fields);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(response), "#modelAnswer-error")).contains("model answer");
    }

    private static String path(String bank) {
        return "/admin/banks/" + bank + "/questions/" + QID;
    }
}
