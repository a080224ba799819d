package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.audit.AuditEvent;
import org.assay.session.Answer;
import org.assay.session.AttemptService;
import org.assay.support.Forms;
import org.assay.support.Html;
import org.assay.support.TestData;
import org.assay.support.WebSession;
import org.assay.web.Numbers;

@QuarkusTest
class RubricHistoryTest {

    private static final String QID = "q06";
    private static final String LABEL_TWO = "Queries are scored against keys";
    private static final String LABEL_THREE = "Each query is compared with every key";

    @Inject
    AttemptService attempts;

    @Test
    void historyListsEveryVersionWithAuthorTimeAndNote() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        saveLabel(admin, bank, LABEL_TWO, "First rewording");
        saveLabel(admin, bank, LABEL_THREE, "Second rewording");

        var page = admin.page(path(bank) + "/history");

        var rows = page.select("#versions tr.version");
        assertThat(rows.eachAttr("data-version")).containsExactly("3", "2", "1");
        assertThat(rows.get(0).select(".author").text()).isEqualTo(WebSession.ADMIN);
        assertThat(rows.get(0).select(".note").text()).isEqualTo("Second rewording");
        assertThat(rows.get(1).select(".note").text()).isEqualTo("First rewording");
        assertThat(rows.get(0).text()).contains("current").contains("UTC");
    }

    @Test
    void historyWritesPointsAsEveryPageDoes() {
        var bank = TestBanks.fresh(QID);
        var points = TestBanks.versions(bank, QID).get(0).points;

        var page = WebSession.admin().page(path(bank) + "/history");

        assertThat(page.select("#versions tr.version td.num").text()).isEqualTo(Numbers.points(points))
                .doesNotContain(".0");
    }

    @Test
    void diffShowsTheLinesThatChangedBetweenAnyTwoVersions() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        saveLabel(admin, bank, LABEL_TWO, "");
        saveLabel(admin, bank, LABEL_THREE, "");

        var page = admin.page(path(bank) + "/history/diff?from=2&to=3");

        assertThat(Html.text(page, "h1")).contains("version 2 to version 3");
        assertThat(page.select("#diff tr.removed").text()).contains(LABEL_TWO);
        assertThat(page.select("#diff tr.added").text()).contains(LABEL_THREE);
        assertThat(Html.text(page, "#diff-summary")).contains("1 line(s) added").contains("1 line(s) removed");
        var same = admin.page(path(bank) + "/history/diff?from=3&to=3");
        assertThat(Html.text(same, "#diff-summary")).isEqualTo("The two versions have the same text.");
    }

    @Test
    void restoringAnOldVersionSavesItAgainAsTheNewestVersion() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        var original = TestBanks.current(bank, QID).content;
        saveLabel(admin, bank, LABEL_TWO, "");

        var response = admin.submit(path(bank) + "/history", path(bank) + "/history/1/restore", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        var current = TestBanks.current(bank, QID);
        assertThat(current.versionNo).isEqualTo(3);
        assertThat(current.content).isEqualTo(original);
        assertThat(current.note).isEqualTo("Restored version 1");
        assertThat(TestBanks.versions(bank, QID)).hasSize(3);
        var questionId = TestBanks.questionId(bank, QID);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEvent.listByEntity("question", questionId))
                .stream().map(e -> e.action)).contains("rubric.saved", "rubric.restored");
    }

    @Test
    void aVersionCanBeReadOnItsOwn() {
        var bank = TestBanks.fresh(QID);
        var admin = WebSession.admin();
        saveLabel(admin, bank, LABEL_TWO, "");

        var page = admin.page(path(bank) + "/history/1");

        assertThat(page.select("#content").first().wholeText()).isEqualTo(
                TestBanks.versions(bank, QID).get(1).content);
    }

    @Test
    void anAttemptInProgressKeepsTheVersionItStartedWith() {
        var invite = TestData.invitation(1);
        attempts.start(invite.token());
        var questionId = invite.questionIds().get(0);
        var ref = QuarkusTransaction.requiringNew().call(() -> {
            Question question = Question.findById(questionId);
            return new QuestionRef(question.bank.key, question.qid);
        });
        var pinned = TestData.answers(invite).get(0).rubricVersion.id;
        var admin = WebSession.admin();
        var editor = "/admin/banks/" + ref.bankKey() + "/questions/" + ref.qid();
        var fields = Forms.fields(admin.page(editor), "#editor");
        fields.put("criteria-0-label", LABEL_TWO);
        fields.put("action", "save");

        assertThat(admin.post(editor, fields).statusCode()).isEqualTo(303);

        var current = QuarkusTransaction.requiringNew().call(() -> ((Question) Question.findById(questionId))
                .currentVersion.id);
        assertThat(current).isNotEqualTo(pinned);
        var answer = TestData.answers(invite).get(0);
        assertThat(answer.rubricVersion.id).isEqualTo(pinned);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Answer.count("rubricVersion.id", pinned)))
                .isEqualTo(1);
    }

    @Test
    void interviewerSeesTheHistoryButCannotRestore() {
        var bank = TestBanks.fresh(QID);
        saveLabel(WebSession.admin(), bank, LABEL_TWO, "");
        var interviewer = TestAccounts.interviewer();

        var page = interviewer.page(path(bank) + "/history");
        var response = interviewer.submit(path(bank) + "/history", path(bank) + "/history/1/restore", Map.of());

        assertThat(page.select("#versions tr.version")).hasSize(2);
        assertThat(page.select("button:contains(Restore)")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestBanks.versions(bank, QID)).hasSize(2);
    }

    static void saveLabel(WebSession admin, String bank, String label, String note) {
        var fields = Forms.fields(admin.page(path(bank)), "#editor");
        fields.put("criteria-0-label", label);
        fields.put("note", note);
        fields.put("action", "save");
        var response = admin.post(path(bank), fields);
        assertThat(response.statusCode()).isEqualTo(303);
    }

    static String path(String bank) {
        return "/admin/banks/" + bank + "/questions/" + QID;
    }
}
