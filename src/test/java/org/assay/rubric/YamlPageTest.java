package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.engine.rubric.RubricParser;
import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class YamlPageTest {

    private static final String QID = "q06";

    @Test
    void showsTheSavedTextOfTheCurrentVersion() {
        var bank = TestBanks.fresh(QID);

        var page = WebSession.admin().page(path(bank));

        assertThat(page.select("#yaml").first().wholeText()).isEqualTo(TestBanks.current(bank, QID).content);
    }

    @Test
    void savingKeepsTheTextAsTypedWithItsComments() {
        var bank = TestBanks.fresh(QID);
        var yaml = "# Reviewed with the interview panel\n" + TestBanks.current(bank, QID).content;
        var admin = WebSession.admin();

        var response = admin.submit(path(bank), path(bank), Map.of("yaml", yaml, "note", "Added a comment",
                "baseVersion", "1", "action", "save"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).as("stays in the YAML editor").isEqualTo(path(bank));
        assertThat(TestBanks.current(bank, QID).content).isEqualTo(yaml);
        assertThat(TestBanks.current(bank, QID).versionNo).isEqualTo(2);
    }

    @Test
    void aSaveOverANewerVersionIsRefusedOnceThenSavingAgainReplacesIt() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var original = TestBanks.current(bank, QID).content;
        admin.submit(path(bank), path(bank), Map.of("yaml", "# first edit\n" + original, "baseVersion", "1",
                "action", "save"));
        var mine = "# second edit\n" + original;

        var conflict = admin.submit(path(bank), path(bank), Map.of("yaml", mine, "baseVersion", "1",
                "action", "save"));

        assertThat(conflict.statusCode()).isEqualTo(409);
        var page = Html.parse(conflict);
        assertThat(page.select("#yaml").first().wholeText()).isEqualTo(mine);
        var fields = Forms.fields(page, "#yaml-form");
        fields.put("action", "save");
        var again = admin.post(path(bank), fields);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(TestBanks.current(bank, QID).content).isEqualTo(mine);
        assertThat(TestBanks.current(bank, QID).versionNo).isEqualTo(3);
    }

    @Test
    void problemsAreListedWithTheirLinesAndTheTextIsKept() {
        var bank = TestBanks.fresh(QID);
        var yaml = TestBanks.current(bank, QID).content.replace("penalty: 3", "penalty: -3");
        var line = yaml.lines().toList().indexOf("    penalty: -3") + 1;

        var response = WebSession.admin().submit(path(bank), path(bank), Map.of("yaml", yaml, "baseVersion", "1",
                "action", "save"));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(page.select("#yaml").first().wholeText()).isEqualTo(yaml);
        assertThat(Html.text(page, "#yaml-problems li")).contains("Line " + line).contains("penalty");
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void aRubricOverTheSizeLimitIsRefusedWith413() {
        var bank = TestBanks.fresh(QID);
        var yaml = TestBanks.current(bank, QID).content + "#".repeat(RubricParser.DEFAULT_MAX_CHARS);

        var response = WebSession.admin().submit(path(bank), path(bank), Map.of("yaml", yaml, "baseVersion", "1",
                "action", "save"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Html.text(Html.parse(response), "#yaml-problems")).contains("the limit is");
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void validTextOpensInTheFormEditorUnsaved() {
        var bank = TestBanks.fresh(QID);
        var yaml = TestBanks.current(bank, QID).content.replace("title: Self-attention", "title: Attention itself");

        var response = WebSession.admin().submit(path(bank), path(bank), Map.of("yaml", yaml, "baseVersion", "1",
                "action", "form"));

        assertThat(response.statusCode()).isEqualTo(200);
        var page = Html.parse(response);
        assertThat(page.select("#title").val()).isEqualTo("Attention itself");
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void interviewerReadsTheTextButCannotSave() {
        var bank = TestBanks.fresh(QID);
        var interviewer = TestAccounts.interviewer();

        var page = interviewer.page(path(bank));
        var response = interviewer.submit(path(bank), path(bank), Map.of("yaml",
                TestBanks.current(bank, QID).content + "# note\n", "action", "save"));

        assertThat(page.select("#yaml").hasAttr("readonly")).isTrue();
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    private static String path(String bank) {
        return "/admin/banks/" + bank + "/questions/" + QID + "/yaml";
    }
}
