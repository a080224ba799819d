package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.engine.rubric.RubricParser;
import org.assay.engine.rubric.RubricPatcher;
import org.assay.rubric.editor.Draft;
import org.assay.rubric.editor.RubricForm;
import org.assay.support.Forms;
import org.assay.support.WebSession;

@QuarkusTest
class FormatPreservingSaveTest {

    @Inject
    RubricCheck check;

    @Test
    void everyRubricSurvivesAnUnchangedFormByteForByte() throws IOException {
        for (var qid : qids()) {
            var text = TestBanks.read(TestBanks.GENAI.resolve(qid + ".yaml"));
            var rubric = new RubricParser().parse(qid, text).rubric().orElseThrow();

            var draft = Draft.of(RubricForm.of(rubric), check);

            assertThat(draft.valid()).as(qid).isTrue();
            assertThat(RubricPatcher.patch(text, draft.rubric().orElseThrow())).as(qid).isEqualTo(text);
        }
    }

    @Test
    void oneChangedExpressionSavedFromTheFormIsAOneLineDiff() throws IOException {
        var qids = qids();
        var bank = TestBanks.fresh(qids.toArray(String[]::new));
        var admin = WebSession.admin();
        for (var qid : qids) {
            var path = "/admin/banks/" + bank + "/questions/" + qid;
            var fields = Forms.fields(admin.page(path), "#editor");
            var expressions = fields.get("criteria-0-expressions");
            fields.put("criteria-0-expressions", "chosen " + expressions);
            fields.put("action", "save");

            assertThat(admin.post(path, fields).statusCode()).as(qid).isEqualTo(303);

            var versions = TestBanks.versions(bank, qid);
            assertThat(versions).as(qid).hasSize(2);
            var before = versions.stream().filter(v -> v.versionNo == 1).findFirst().orElseThrow().content;
            var after = versions.stream().filter(v -> v.versionNo == 2).findFirst().orElseThrow().content;
            assertThat(before).isEqualTo(TestBanks.read(TestBanks.GENAI.resolve(qid + ".yaml")));
            var lines = LineDiff.diff(before, after);
            assertThat(lines.stream().filter(l -> l.kind() == LineDiff.Kind.REMOVED)).as(qid).hasSize(1);
            assertThat(lines.stream().filter(l -> l.kind() == LineDiff.Kind.ADDED).map(LineDiff.Line::text))
                    .as(qid).singleElement().asString().contains("chosen ");
        }
    }

    private static List<String> qids() throws IOException {
        try (var files = Files.list(TestBanks.GENAI)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("q\\d+\\.yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
    }
}
