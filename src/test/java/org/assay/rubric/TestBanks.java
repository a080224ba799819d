package org.assay.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.rubric.transfer.BankImportService;

/** Fresh banks for tests: copies of questions from rubrics/genai-interview under a new bank id. */
public final class TestBanks {

    public static final Path GENAI = Path.of("rubrics", "genai-interview");

    private TestBanks() {
    }

    /** Imports the given questions (with their examples) as a new bank and returns its id. */
    public static String fresh(String... qids) {
        var key = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Arc.container().instance(BankImportService.class).get().importFiles(files(key, qids), "test", "test");
        return key;
    }

    /** The bank files of {@code qids} from the genai-interview folder, with a bank.yaml for {@code key}. */
    public static Map<String, String> files(String key, String... qids) {
        var files = new LinkedHashMap<String, String>();
        files.put("bank.yaml", "id: " + key + "\ntitle: Test bank " + key + "\ntime_limit_minutes: 30\nquestions: ["
                + String.join(", ", qids) + "]\n");
        for (var qid : qids) {
            files.put(qid + ".yaml", read(GENAI.resolve(qid + ".yaml")));
            var examples = GENAI.resolve(qid + ".examples.yaml");
            if (Files.exists(examples)) {
                files.put(qid + ".examples.yaml", read(examples));
            }
        }
        return files;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<RubricVersion> versions(String bank, String qid) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var question = Question.findByBankAndQid(bank, qid).orElseThrow();
            return RubricVersion.listByQuestion(question);
        });
    }

    public static RubricVersion current(String bank, String qid) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var question = Question.findByBankAndQid(bank, qid).orElseThrow();
            var version = question.currentVersion;
            version.question.qid.length(); // loaded for callers outside the transaction
            return version;
        });
    }

    public static long questionId(String bank, String qid) {
        return QuarkusTransaction.requiringNew().call(() -> Question.findByBankAndQid(bank, qid).orElseThrow().id);
    }

    public static List<RubricExample> examples(String bank, String qid) {
        return QuarkusTransaction.requiringNew().call(() -> RubricExample.listByQuestion(
                Question.findByBankAndQid(bank, qid).orElseThrow()));
    }
}
