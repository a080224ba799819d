package org.assay.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.RubricParser;
import org.assay.engine.rubric.RubricProblem;
import org.assay.rubric.transfer.BankFiles;
import org.assay.rubric.transfer.BankImportService;
import org.assay.rubric.transfer.UploadRejectedException;
import org.assay.web.AssayConfig;
import org.assay.web.SqlStates;

/**
 * Loads the banks under {@code assay.rubrics-dir} into the database on start-up, each only the first time: once a
 * bank is in the database, its rubrics are edited there and the folder's rubrics are not imported again at start-up
 * (only its bank.yaml is read, for the id; an admin can still import the folder from the banks page).
 */
@ApplicationScoped
public class BankImporter {

    /** Author of the rubric versions and examples read at start-up. */
    static final String AUTHOR = "import";

    private final AssayConfig config;
    private final BankImportService imports;

    public BankImporter(AssayConfig config, BankImportService imports) {
        this.config = config;
        this.imports = imports;
    }

    void onStart(@Observes StartupEvent event) {
        importAll(Path.of(config.rubricsDir()));
    }

    /**
     * Imports every bank folder (a folder with a bank.yaml) directly inside {@code rubricsDir} whose bank is not yet
     * in the database. A folder with problems is skipped with a warning that lists them.
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
            try {
                importNew(folder).ifPresent(imported::add);
            } catch (RubricInvalidException e) {
                warn(folder, e.problems().stream().map(RubricProblem::toString).toList());
            } catch (UploadRejectedException e) {
                warn(folder, List.of(e.getMessage()));
            }
        }
        return imported;
    }

    private Optional<String> importNew(Path folder) {
        var files = new BankFiles(config.limits().zipEntries(), config.limits().uploadBytes()).readFolder(folder);
        var key = bankKey(files);
        if (key.isPresent() && QuarkusTransaction.requiringNew().call(
                () -> QuestionBank.findByKey(key.get()).isPresent())) {
            Log.debugf("Bank %s is already in the database; %s not imported again", key.get(), folder);
            return Optional.empty();
        }
        try {
            var result = imports.importFiles(files, "folder " + folder, AUTHOR);
            Log.infof("Imported bank %s from %s: %s", result.bankKey(), folder, result.summary());
            return Optional.of(result.bankKey());
        } catch (RuntimeException e) {
            if (!SqlStates.uniqueViolation(e)) {
                throw e;
            }
            // Instances started together on an empty database: another one imported the bank first
            Log.infof("Bank %s was imported by another instance; %s not imported again", key.orElse("?"), folder);
            return Optional.empty();
        }
    }

    /** The id in bank.yaml, read without parsing the rubrics, which the import does once if it goes ahead. */
    private Optional<String> bankKey(Map<String, String> files) {
        return Optional.ofNullable(files.get(BankLoader.BANK_FILE))
                .flatMap(text -> new BankLoader(new RubricParser(config.limits().rubricChars()))
                        .load(Map.of(BankLoader.BANK_FILE, text)).bank())
                .map(bank -> bank.id());
    }

    private static void warn(Path folder, List<String> problems) {
        Log.warnf("Bank folder %s not imported; fix these problems first:%n  %s", folder,
                String.join("\n  ", problems));
    }

    private static List<Path> bankFolders(Path rubricsDir) {
        try (Stream<Path> children = Files.list(rubricsDir)) {
            return children.filter(child -> Files.isRegularFile(child.resolve(BankLoader.BANK_FILE))).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + rubricsDir, e);
        }
    }
}
