package org.assay.rubric.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.engine.rubric.Bank;
import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.BankWriter;
import org.assay.engine.rubric.ExampleKind;
import org.assay.engine.rubric.GradedExample;
import org.assay.engine.score.FlagCode;
import org.assay.rubric.ExampleService;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.RubricExample;

/**
 * Writes a bank as a zip in the {@code rubrics/<bank>/} layout the importer reads: bank.yaml, each question's current
 * rubric exactly as saved, and its graded examples beside it.
 */
@ApplicationScoped
public class BankExportService {

    /** File name (under the bank's folder) to content, in bank order. */
    @Transactional
    public Map<String, String> files(String bankKey) {
        var bank = QuestionBank.findByKey(bankKey)
                .orElseThrow(() -> new NotFoundException("There is no bank " + bankKey + "."));
        var questions = Question.listByBank(bank).stream().filter(q -> q.currentVersion != null).toList();
        var spec = new Bank(bank.key, bank.title, bank.description == null ? "" : bank.description,
                bank.timeLimitMinutes, questions.stream().map(q -> q.qid).toList());
        var files = new LinkedHashMap<String, String>();
        files.put(BankLoader.BANK_FILE, BankWriter.bankYaml(spec));
        for (var question : questions) {
            files.put(question.qid + BankLoader.RUBRIC_SUFFIX, question.currentVersion.content);
            var examples = RubricExample.listByQuestion(question).stream()
                    .map(e -> example(e, question.currentVersion.points)).toList();
            if (!examples.isEmpty()) {
                files.put(question.qid + BankLoader.EXAMPLES_SUFFIX,
                        BankWriter.examplesYaml(examples, question.currentVersion.points));
            }
        }
        return files;
    }

    /** The bank as a zip whose entries sit in a folder named after the bank. */
    public byte[] zip(String bankKey) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var file : files(bankKey).entrySet()) {
                zip.putNextEntry(new ZipEntry(bankKey + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static GradedExample example(RubricExample row, double points) {
        var kind = row.kind == null ? null : ExampleKind.fromYaml(row.kind).orElse(null);
        var flags = row.flags == null || row.flags.isBlank() ? List.<FlagCode>of()
                : List.of(row.flags.split(",")).stream().map(String::strip).map(FlagCode::valueOf).toList();
        return new GradedExample("", 0, kind != null ? kind : ExampleService.inferKind(row.expectedScore, points),
                row.answer, row.expectedScore, ExampleService.tolerance(row, points), flags);
    }
}
