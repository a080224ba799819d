package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.WebSession;

/** The form editor keeps a rubric's entities and the entity each criterion is about. */
@QuarkusTest
class RubricEditorEntitiesTest {

    private static final String QID = "q09";

    @Test
    void entitiesAndBindingsSurviveTheForm() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var page = admin.page(path(bank));

        assertThat(page.select("#entities").first().wholeText().lines()).contains("dpo: DPO, direct preference "
                + "optimization, direct preference optimisation");
        assertThat(page.select("#criteria-1-about").val()).isEqualTo("rlhf");

        var fields = Forms.fields(page, "#editor");
        fields.put("action", "save");
        admin.post(path(bank), fields);
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
        assertThat(Html.text(admin.page(path(bank)), ".flash")).startsWith("Nothing to save");
    }

    @Test
    void anUnknownEntityIsShownAtItsField() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("criteria-2-about", "dpoo");
        fields.put("action", "save");

        var response = admin.post(path(bank), fields);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Html.text(Html.parse(response), "#criteria-2-about-error")).contains("did you mean \"dpo\"");
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    private static String path(String bank) {
        return "/admin/banks/" + bank + "/questions/" + QID;
    }
}
