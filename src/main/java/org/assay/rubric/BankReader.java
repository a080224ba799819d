package org.assay.rubric;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.GradedExample;
import org.assay.engine.rubric.LoadedBank;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricParser;
import org.assay.engine.rubric.RubricProblem;
import org.assay.engine.rubric.RubricWriter;
import org.assay.web.AssayConfig;

/** Reads a bank folder with the engine's loader and keeps each rubric file's text as its author wrote it. */
@ApplicationScoped
public class BankReader {

    private final BankLoader loader;

    public BankReader(AssayConfig config) {
        this.loader = new BankLoader(new RubricParser(config.limits().rubricChars()));
    }

    BankFolder read(Path folder) {
        LoadedBank loaded = loader.load(folder);
        var problems = new ArrayList<>(loaded.problems().stream().map(RubricProblem::toString).toList());
        var questions = new ArrayList<BankFolder.QuestionFile>();
        for (var rubric : loaded.rubrics()) {
            var file = folder.resolve(rubric.id() + BankLoader.RUBRIC_SUFFIX);
            try {
                var content = Files.readString(file, StandardCharsets.UTF_8);
                questions.add(question(rubric, content, loaded.examples().getOrDefault(rubric.id(), List.of())));
            } catch (IOException e) {
                problems.add(file.getFileName() + ": cannot be read again: " + e.getMessage());
            }
        }
        return loaded.bank().map(bank -> new BankFolder(bank.id(), bank.title(), bank.description(),
                bank.timeLimitMinutes(), questions, problems))
                .orElseGet(() -> new BankFolder("", "", "", 0, List.of(), problems));
    }

    private static BankFolder.QuestionFile question(Rubric rubric, String content, List<GradedExample> examples) {
        return new BankFolder.QuestionFile(rubric.id(), rubric.title(), rubric.points(), content,
                RubricWriter.fingerprint(rubric), examples.stream()
                        .map(e -> new BankFolder.ExampleFile(e.kind().yamlName(), e.answer(), e.score(), e.tolerance()))
                        .toList());
    }
}
