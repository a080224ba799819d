package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.audit.AuditEvent;
import org.assay.engine.rubric.RubricParser;
import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.WebSession;

@QuarkusTest
class RubricEditorTest {

    private static final String QID = "q06";
    private static final String NEW_LABEL = "Queries meet keys in a scaled dot product that says how relevant each "
            + "token is";

    @Test
    void editorShowsEveryPartOfTheSavedRubric() {
        var bank = TestBanks.fresh(QID);
        var rubric = new RubricParser().parse("q06.yaml", TestBanks.read(TestBanks.GENAI.resolve("q06.yaml")))
                .rubric().orElseThrow();

        var page = WebSession.admin().page(path(bank));

        assertThat(page.select("#title").val()).isEqualTo(rubric.title());
        assertThat(page.select("#prompt").text()).isEqualTo(rubric.prompt());
        assertThat(page.select("#points").val()).isEqualTo("10");
        assertThat(page.select("#criteria fieldset.row")).hasSize(rubric.criteria().size());
        assertThat(page.select("#criteria-0-id").val()).isEqualTo(rubric.criteria().get(0).id());
        assertThat(page.select("#criteria-0-expressions").first().wholeText().lines())
                .containsExactlyElementsOf(rubric.criteria().get(0).expressions());
        assertThat(page.select("#criteria-0-keywords").val()).isEqualTo(
                String.join(", ", rubric.criteria().get(0).keywords()));
        assertThat(page.select("#misconceptions fieldset.row")).hasSize(rubric.misconceptions().size());
        assertThat(page.select("#misconceptions-0-penalty").val()).isEqualTo("3");
        assertThat(Html.text(page, "#misconceptions-0-expressions-help")).contains("double quotes");
        assertThat(page.select("#synonyms .synonym-row")).hasSize(rubric.synonyms().size());
        assertThat(Html.text(page, "#version-line")).startsWith("Version 1, saved");
    }

    @Test
    void savingAnEditedCriterionAddsAVersionWithAuthorAndNote() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("criteria-0-label", NEW_LABEL);
        fields.put("note", "Clearer label for the first criterion");
        fields.put("action", "save");

        var response = admin.post(path(bank), fields);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(Html.locationPath(response)).isEqualTo(path(bank));
        var page = admin.page(path(bank));
        assertThat(Html.text(page, ".flash")).isEqualTo("Saved version 2.");
        assertThat(page.select("#criteria-0-label").val()).isEqualTo(NEW_LABEL);
        var current = TestBanks.current(bank, QID);
        assertThat(current.versionNo).isEqualTo(2);
        assertThat(current.author).isEqualTo(WebSession.ADMIN);
        assertThat(current.note).isEqualTo("Clearer label for the first criterion");
        assertThat(current.content).contains(NEW_LABEL);
        assertThat(TestBanks.versions(bank, QID)).hasSize(2);
    }

    @Test
    void savingRecordsAnAuditEventWithTheTextBeforeAndAfter() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("criteria-0-label", NEW_LABEL);
        fields.put("action", "save");
        admin.post(path(bank), fields);

        var questionId = TestBanks.questionId(bank, QID);
        var events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.listByEntity("question", questionId));
        var saved = events.stream().filter(e -> e.action.equals("rubric.saved")).toList();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).actor).isEqualTo(WebSession.ADMIN);
        assertThat(saved.get(0).beforeValue).doesNotContain(NEW_LABEL);
        assertThat(saved.get(0).afterValue).contains(NEW_LABEL);
    }

    @Test
    void savingAnUnchangedDraftAddsNoVersion() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("action", "save");

        var response = admin.post(path(bank), fields);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
        assertThat(Html.text(admin.page(path(bank)), ".flash")).startsWith("Nothing to save");
    }

    @Test
    void aNumberThatIsNotANumberIsShownAtItsFieldWithWhatWasTyped() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("criteria-1-points", "three");
        fields.put("criteria-0-label", NEW_LABEL);
        fields.put("action", "save");

        var response = admin.post(path(bank), fields);

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(page.select("#criteria-1-points").val()).isEqualTo("three");
        assertThat(page.select("#criteria-0-label").val()).isEqualTo(NEW_LABEL);
        assertThat(Html.text(page, "#criteria-1-points-error")).contains("as a number");
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void pointsThatDoNotAddUpAreReportedOnTheCriteria() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("criteria-1-points", "4");
        fields.put("action", "validate");

        var response = admin.post(path(bank), fields);

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Html.parse(response);
        assertThat(Html.text(page, "#criteria > p.error")).contains("add up to 11").contains("worth 10");
        assertThat(Html.text(page, ".error-summary")).contains("add up to 11");
    }

    @Test
    void aProblemInsideARowIsShownAtThatRowsField() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("criteria-2-minKeywords", "40");
        fields.put("misconceptions-1-id", "Not An Id");
        fields.put("action", "validate");

        var page = Html.parse(admin.post(path(bank), fields));

        assertThat(Html.text(page, "#criteria-2-minKeywords-error")).contains("min_keywords").contains("40");
        assertThat(Html.text(page, "#misconceptions-1 > p.error")).contains("Not An Id");
    }

    @Test
    void rowsAreAddedRemovedAndReorderedWithoutLosingWhatWasTyped() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        var first = fields.get("criteria-0-id");
        var second = fields.get("criteria-1-id");
        fields.put("title", "Self-attention, edited");

        var added = Html.parse(admin.post(path(bank), with(fields, "add:criteria")));
        assertThat(added.select("#criteria fieldset.row")).hasSize(5);
        assertThat(added.select("#criteria-4-id").val()).isEmpty();
        assertThat(added.select("#title").val()).isEqualTo("Self-attention, edited");

        var moved = Html.parse(admin.post(path(bank), with(Forms.fields(added, "#editor"), "down:criteria:0")));
        assertThat(moved.select("#criteria-0-id").val()).isEqualTo(second);
        assertThat(moved.select("#criteria-1-id").val()).isEqualTo(first);

        var removed = Html.parse(admin.post(path(bank), with(Forms.fields(moved, "#editor"), "remove:criteria:0")));
        assertThat(removed.select("#criteria fieldset.row")).hasSize(4);
        assertThat(removed.select("#criteria-0-id").val()).isEqualTo(first);
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void aBlankAddedRowIsLeftOutWhenSaving() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var added = Html.parse(admin.post(path(bank), with(Forms.fields(admin.page(path(bank)), "#editor"),
                "add:misconceptions")));
        var fields = Forms.fields(added, "#editor");
        fields.put("criteria-0-label", NEW_LABEL);

        var response = admin.post(path(bank), with(fields, "save"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(TestBanks.current(bank, QID).content).contains(NEW_LABEL);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedOnceAndKeepsWhatWasTyped() {
        var bank = TestBanks.fresh(QID);
        var first = WebSession.admin();
        var second = WebSession.admin();
        var firstFields = Forms.fields(first.page(path(bank)), "#editor");
        var secondFields = Forms.fields(second.page(path(bank)), "#editor");
        firstFields.put("criteria-0-label", NEW_LABEL);
        first.post(path(bank), with(firstFields, "save"));
        secondFields.put("criteria-1-label", "A different edit made at the same time");

        var response = second.post(path(bank), with(secondFields, "save"));

        assertThat(response.statusCode()).isEqualTo(409);
        var page = Html.parse(response);
        assertThat(Html.text(page, "#rubric")).contains("version 2 has been saved since");
        assertThat(page.select("#criteria-1-label").val()).isEqualTo("A different edit made at the same time");
        assertThat(TestBanks.versions(bank, QID)).hasSize(2);
        var again = second.post(path(bank), with(Forms.fields(page, "#editor"), "save"));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(TestBanks.current(bank, QID).content).contains("A different edit made at the same time")
                .doesNotContain(NEW_LABEL);
    }

    @Test
    void interviewerReadsTheRubricButCannotChangeIt() {
        var bank = TestBanks.fresh(QID);
        var interviewer = TestAccounts.interviewer();

        var page = interviewer.page(path(bank));
        assertThat(page.select("#title").val()).isNotEmpty();
        assertThat(page.select("#editor fieldset.plain").hasAttr("disabled")).isTrue();
        assertThat(page.select("#save-button")).isEmpty();

        var fields = Forms.fields(WebSession.admin().page(path(bank)), "#editor");
        fields.put("csrf-token", interviewer.page(path(bank)).select("input[name=csrf-token]").val());
        fields.put("criteria-0-label", NEW_LABEL);
        var response = interviewer.post(path(bank), with(fields, "save"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    static String path(String bank) {
        return "/admin/banks/" + bank + "/questions/" + QID;
    }

    static Map<String, String> with(Map<String, String> fields, String action) {
        var copy = new LinkedHashMap<>(fields);
        copy.put("action", action);
        return copy;
    }
}
