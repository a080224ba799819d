package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Fixtures;
import org.assay.support.TestUsers;

@QuarkusTest
class BankImporterTest {

    private static final Path SOURCE = Path.of("rubrics", Fixtures.BANK);

    @Inject
    BankImporter importer;

    @TempDir
    Path rubricsDir;

    @Test
    void bankFromTheRubricsFolderIsImportedAtStart() {
        var questions = QuarkusTransaction.requiringNew().call(() -> {
            var bank = QuestionBank.findByKey(Fixtures.BANK).orElseThrow();
            return Question.listByBank(bank).stream()
                    .map(q -> q.qid + "/" + q.currentVersion.versionNo + "/" + q.currentVersion.author).toList();
        });
        assertThat(questions).hasSize(15).startsWith("q01/1/import").endsWith("q15/1/import");
    }

    @Test
    void importsANewBankOnceAndNotTwice() throws IOException {
        var key = TestUsers.uniqueName("copy");
        copyBank(key, "[q01, q02]", true);

        assertThat(importer.importAll(rubricsDir)).containsExactly(key);
        assertThat(importer.importAll(rubricsDir)).isEmpty();

        var stored = QuarkusTransaction.requiringNew().call(() -> {
            var bank = QuestionBank.findByKey(key).orElseThrow();
            var questions = Question.listByBank(bank);
            return questions.size() + " questions, " + RubricVersion.count("question.bank", bank) + " versions, "
                    + questions.get(0).currentVersion.content.contains("id: q01") + ", examples from file: "
                    + (RubricExample.count("question.bank = ?1 and source = 'file'", bank) > 0);
        });
        assertThat(stored).isEqualTo("2 questions, 2 versions, true, examples from file: true");
    }

    @Test
    void bankWithProblemsIsNotImported() throws IOException {
        var key = TestUsers.uniqueName("broken");
        copyBank(key, "[q01, q99]", false);

        assertThat(importer.importAll(rubricsDir)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> QuestionBank.findByKey(key).isPresent())).isFalse();
    }

    /** A bank folder made from the real bank's first two questions under another id. */
    private void copyBank(String key, String questions, boolean complete) throws IOException {
        var folder = Files.createDirectories(rubricsDir.resolve(key));
        var bank = Files.readString(SOURCE.resolve("bank.yaml"))
                .replaceFirst("(?m)^id: .*$", "id: " + key)
                .replaceFirst("(?m)^questions: .*$", "questions: " + questions);
        Files.writeString(folder.resolve("bank.yaml"), bank);
        Files.copy(SOURCE.resolve("q01.yaml"), folder.resolve("q01.yaml"));
        Files.copy(SOURCE.resolve("q01.examples.yaml"), folder.resolve("q01.examples.yaml"));
        if (complete) {
            Files.copy(SOURCE.resolve("q02.yaml"), folder.resolve("q02.yaml"));
        }
    }
}
