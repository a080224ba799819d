package org.assay.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import org.assay.audit.AuditService;
import org.assay.web.AssayConfig;

/**
 * Loads the banks under {@code assay.rubrics-dir} into the database on start-up, each only the first time: once a
 * bank is in the database, its rubrics are edited there and the folder is not read again.
 */
@ApplicationScoped
public class BankImporter {

    static final String AUTHOR = "import";
    static final String EXAMPLE_SOURCE = "file";

    private final AssayConfig config;
    private final BankReader reader;
    private final AuditService audit;

    public BankImporter(AssayConfig config, BankReader reader, AuditService audit) {
        this.config = config;
        this.reader = reader;
        this.audit = audit;
    }

    void onStart(@Observes StartupEvent event) {
        importAll(Path.of(config.rubricsDir()));
    }

    /**
     * Imports every bank folder (a folder with a bank.yaml) directly inside {@code rubricsDir} that is not yet in the
     * database. A bank with problems is skipped with a warning listing them.
     *
     * @return the ids of the banks imported now
     */
    public List<String> importAll(Path rubricsDir) {
        if (!Files.isDirectory(rubricsDir)) {
            Log.infof("No rubric folder at %s: no bank imported", rubricsDir.toAbsolutePath());
            return List.of();
        }
        var imported = new ArrayList<String>();
        for (var folder : bankFolders(rubricsDir)) {
            var bank = reader.read(folder);
            if (!bank.problems().isEmpty()) {
                Log.warnf("Bank folder %s not imported; fix these problems first:%n  %s", folder,
                        String.join("\n  ", bank.problems()));
            } else if (QuarkusTransaction.requiringNew().call(() -> store(bank, folder))) {
                imported.add(bank.key());
            }
        }
        return imported;
    }

    /** Runs in its own transaction, so one bank's failure leaves the others imported. */
    private boolean store(BankFolder folder, Path path) {
        if (QuestionBank.findByKey(folder.key()).isPresent()) {
            Log.debugf("Bank %s is already in the database; %s not read again", folder.key(), path);
            return false;
        }
        var bank = new QuestionBank();
        bank.key = folder.key();
        bank.title = folder.title();
        bank.description = folder.description().isEmpty() ? null : folder.description();
        bank.timeLimitMinutes = folder.timeLimitMinutes();
        bank.persist();
        int position = 0;
        for (var file : folder.questions()) {
            storeQuestion(bank, ++position, file, path);
        }
        audit.record("system", "bank.imported", "question_bank", bank.id, null,
                folder.key() + ": " + folder.questions().size() + " questions from " + path);
        Log.infof("Imported bank %s (%d questions) from %s", folder.key(), folder.questions().size(), path);
        return true;
    }

    private static void storeQuestion(QuestionBank bank, int position, BankFolder.QuestionFile file, Path path) {
        var question = new Question();
        question.bank = bank;
        question.qid = file.qid();
        question.position = position;
        question.title = file.title();
        question.persist();
        var version = new RubricVersion();
        version.question = question;
        version.versionNo = 1;
        version.content = file.content();
        version.fingerprint = file.fingerprint();
        version.points = file.points();
        version.author = AUTHOR;
        version.note = "Imported from " + path.resolve(file.qid() + ".yaml");
        version.persist();
        question.currentVersion = version;
        for (var example : file.examples()) {
            var row = new RubricExample();
            row.question = question;
            row.kind = example.kind();
            row.answer = example.answer();
            row.expectedScore = example.score();
            row.tolerance = example.tolerance();
            row.source = EXAMPLE_SOURCE;
            row.createdBy = AUTHOR;
            row.persist();
        }
    }

    private static List<Path> bankFolders(Path rubricsDir) {
        try (Stream<Path> children = Files.list(rubricsDir)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("bank.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + rubricsDir, e);
        }
    }
}
