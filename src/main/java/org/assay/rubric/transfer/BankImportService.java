package org.assay.rubric.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.assay.audit.AuditService;
import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.GradedExample;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricParser;
import org.assay.engine.rubric.RubricProblem;
import org.assay.engine.rubric.RubricWriter;
import org.assay.rubric.ExampleService;
import org.assay.rubric.Question;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.RubricCache;
import org.assay.rubric.RubricCheck;
import org.assay.rubric.RubricExample;
import org.assay.rubric.RubricInvalidException;
import org.assay.rubric.RubricService;
import org.assay.web.AssayConfig;

/**
 * Imports banks in the {@code rubrics/<bank>/} layout from a folder, an uploaded zip, or a single rubric file. A new
 * bank is created; into an existing one, each changed rubric becomes a new version, new questions are added and
 * examples not already there are added. A bank with any problem is not imported at all.
 */
@ApplicationScoped
public class BankImportService {

    private final AssayConfig config;
    private final RubricCheck check;
    private final RubricCache cache;
    private final AuditService audit;

    public BankImportService(AssayConfig config, RubricCheck check, RubricCache cache, AuditService audit) {
        this.config = config;
        this.check = check;
        this.cache = cache;
        this.audit = audit;
    }

    /** The bank folders (folders with a bank.yaml) under {@code assay.rubrics-dir}, by name. */
    public List<String> folders() {
        var root = Path.of(config.rubricsDir());
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve(BankLoader.BANK_FILE)))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Imports one of {@link #folders()}. */
    @Transactional
    public ImportResult importFolder(String name, String author) {
        if (!folders().contains(name)) {
            throw new NotFoundException("There is no bank folder " + name + " under " + config.rubricsDir() + ".");
        }
        var folder = Path.of(config.rubricsDir(), name);
        return store(files().readFolder(folder), "folder " + folder, author);
    }

    /** Imports a zip in the layout an export writes. */
    @Transactional
    public ImportResult importZip(InputStream zip, String fileName, String author) {
        return store(files().readZip(zip), "upload " + fileName, author);
    }

    /** Imports a bank given as file name to text. */
    @Transactional
    public ImportResult importFiles(Map<String, String> files, String source, String author) {
        return store(files, source, author);
    }

    /** Adds or updates one question of an existing bank from a rubric file. */
    @Transactional
    public ImportResult importRubric(String bankKey, String yaml, String fileName, String author) {
        var bank = QuestionBank.findByKey(bankKey)
                .orElseThrow(() -> new NotFoundException("There is no bank " + bankKey + "."));
        var parsed = check.check(yaml);
        if (!parsed.isValid()) {
            throw new RubricInvalidException(parsed.problems().stream()
                    .map(p -> new RubricProblem(fileName, p.line(), p.message())).toList());
        }
        var counts = new Counts();
        storeQuestion(bank, parsed.rubric().orElseThrow(), yaml, List.of(), -1, "upload " + fileName, author,
                counts);
        audit.record(author, "bank.imported", "question_bank", bank.id, null, "upload " + fileName + ": "
                + parsed.rubric().get().id());
        return counts.result(bankKey, false);
    }

    private ImportResult store(Map<String, String> files, String source, String author) {
        var loaded = new BankLoader(new RubricParser(check.maxChars())).load(files);
        if (!loaded.isValid()) {
            throw new RubricInvalidException(loaded.problems());
        }
        var spec = loaded.bank().orElseThrow();
        var existing = QuestionBank.findByKey(spec.id());
        var bank = existing.orElseGet(QuestionBank::new);
        bank.key = spec.id();
        bank.title = spec.title();
        bank.description = spec.description().isBlank() ? null : spec.description().strip();
        bank.timeLimitMinutes = spec.timeLimitMinutes();
        if (existing.isEmpty()) {
            bank.persist();
        }
        var texts = byFileName(files);
        var counts = new Counts();
        for (int i = 0; i < loaded.rubrics().size(); i++) {
            var rubric = loaded.rubrics().get(i);
            storeQuestion(bank, rubric, texts.get(rubric.id() + BankLoader.RUBRIC_SUFFIX),
                    loaded.examples().getOrDefault(rubric.id(), List.of()), i + 1, source, author, counts);
        }
        var result = counts.result(bank.key, existing.isEmpty());
        audit.record(author, "bank.imported", "question_bank", bank.id, null, source + ": " + result.summary());
        return result;
    }

    /** @param position the question's place in the bank, or -1 to put a new question last and leave others be */
    private void storeQuestion(QuestionBank bank, Rubric rubric, String yaml, List<GradedExample> examples,
            int position, String source, String author, Counts counts) {
        var found = Question.findByBankAndQid(bank.key, rubric.id());
        var question = found.orElseGet(Question::new);
        if (found.isEmpty()) {
            question.bank = bank;
            question.qid = rubric.id();
            question.title = rubric.title();
            question.position = position > 0 ? position : (int) Question.count("bank", bank) + 1;
            question.persist();
            counts.questionsAdded++;
        } else {
            Question.getEntityManager().refresh(question, LockModeType.PESSIMISTIC_WRITE);
            if (position > 0) {
                question.position = position;
            }
        }
        var current = question.currentVersion == null ? null : cache.rubric(question.currentVersion).orElse(null);
        if (current != null && RubricWriter.fingerprint(current).equals(RubricWriter.fingerprint(rubric))) {
            counts.unchanged++;
        } else {
            var before = question.currentVersion == null ? null : question.currentVersion.content;
            RubricService.addVersion(question, yaml, rubric, "Imported from " + source, author);
            audit.record(author, "rubric.imported", RubricService.ENTITY, question.id, before, yaml);
            counts.versionsAdded += found.isPresent() ? 1 : 0;
        }
        for (var example : examples) {
            counts.examplesAdded += addExample(question, example, rubric.points(), author) ? 1 : 0;
        }
    }

    private static boolean addExample(Question question, GradedExample example, double points, String author) {
        if (RubricExample.count("question = ?1 and answer = ?2 and expectedScore = ?3", question, example.answer(),
                example.score()) > 0) {
            return false;
        }
        var row = new RubricExample();
        row.question = question;
        row.kind = example.kind().yamlName();
        row.answer = example.answer();
        row.expectedScore = example.score();
        row.tolerance = Math.abs(example.tolerance() - GradedExample.defaultTolerance(points)) < 1e-9 ? null
                : example.tolerance();
        row.flags = example.flags().isEmpty() ? null
                : example.flags().stream().map(Enum::name).collect(Collectors.joining(","));
        row.source = ExampleService.SOURCE_FILE;
        row.createdBy = author;
        row.persist();
        return true;
    }

    private BankFiles files() {
        return new BankFiles(config.limits().zipEntries(), config.limits().uploadBytes());
    }

    /** File name (without folders) to text, as the loader matches them. */
    private static Map<String, String> byFileName(Map<String, String> files) {
        return files.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1), Map.Entry::getValue, (a, b) -> a));
    }

    private static final class Counts {
        int questionsAdded;
        int versionsAdded;
        int unchanged;
        int examplesAdded;

        ImportResult result(String bankKey, boolean created) {
            return new ImportResult(bankKey, created, questionsAdded, versionsAdded, unchanged, examplesAdded);
        }
    }
}
