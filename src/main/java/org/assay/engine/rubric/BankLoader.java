package org.assay.engine.rubric;

import static org.assay.engine.rubric.YamlMap.Need.OPTIONAL;
import static org.assay.engine.rubric.YamlMap.Need.REQUIRED;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.assay.engine.score.FlagCode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a question bank: {@code bank.yaml}, one {@code <qid>.yaml} rubric per listed question and, beside each, an
 * optional {@code <qid>.examples.yaml} of graded examples. Never throws on bad content: every problem comes back in
 * the {@link LoadedBank} with its file and line. Thread-safe.
 */
public final class BankLoader {

    /** The file that describes the bank. */
    public static final String BANK_FILE = "bank.yaml";
    /** Ending of a question's rubric file, after the question id. */
    public static final String RUBRIC_SUFFIX = ".yaml";
    /** Ending of a question's examples file, after the question id. */
    public static final String EXAMPLES_SUFFIX = ".examples.yaml";

    static final List<String> BANK_FIELDS = List.of("id", "title", "description", "time_limit_minutes", "questions");
    static final List<String> EXAMPLE_FIELDS = List.of("kind", "answer", "score", "tolerance", "flags");

    /** UTF-8 takes at most four bytes a character: a larger file cannot be within the character limit. */
    private static final int MAX_BYTES_PER_CHAR = 4;

    private final RubricParser parser;

    /** A loader with the default rubric size limit. */
    public BankLoader() {
        this(new RubricParser());
    }

    /**
     * @param parser parses each rubric; its size limit also applies to bank.yaml and the examples files
     */
    public BankLoader(RubricParser parser) {
        this.parser = parser;
    }

    /**
     * Reads a bank folder. Only the {@code .yaml} files directly inside it are read.
     *
     * @param folder the bank's folder, such as {@code rubrics/genai-interview}
     * @return the bank and every problem found; a missing or unreadable folder is a problem, not an exception
     */
    public LoadedBank load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new LoadedBank(Optional.empty(), List.of(), Map.of(),
                    List.of(new RubricProblem(folder.toString(), 0, "there is no such folder")));
        }
        Map<String, String> files = new TreeMap<>();
        Map<String, String> unreadable = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(RUBRIC_SUFFIX)) {
                    FileText read = read(file);
                    read.text().ifPresentOrElse(text -> files.put(name, text),
                            () -> unreadable.put(name, read.problem()));
                }
            }
        } catch (IOException e) {
            return new LoadedBank(Optional.empty(), List.of(), Map.of(), List.of(
                    new RubricProblem(folder.toString(), 0, "the folder cannot be read: " + e.getMessage())));
        }
        return load(files, unreadable);
    }

    /**
     * Reads a bank from uploaded files.
     *
     * @param files file name to content; names may carry a folder ({@code genai-interview/q01.yaml}), which is
     *        ignored; files that do not end in {@code .yaml} are ignored
     * @return the bank and every problem found
     */
    public LoadedBank load(Map<String, String> files) {
        Map<String, String> byName = new TreeMap<>();
        List<RubricProblem> duplicates = new ArrayList<>();
        files.forEach((path, text) -> {
            String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
            if (byName.putIfAbsent(name, text) != null) {
                duplicates.add(new RubricProblem(name, 0, "two of the files are named " + name));
            }
        });
        LoadedBank loaded = load(byName, Map.of());
        if (duplicates.isEmpty()) {
            return loaded;
        }
        List<RubricProblem> problems = new ArrayList<>(duplicates);
        problems.addAll(loaded.problems());
        return new LoadedBank(loaded.bank(), loaded.rubrics(), loaded.examples(), problems);
    }

    /**
     * @param files readable files by name
     * @param unreadable files that could not be read, by name, with the reason
     */
    private LoadedBank load(Map<String, String> files, Map<String, String> unreadable) {
        List<RubricProblem> problems = new ArrayList<>();
        if (!files.containsKey(BANK_FILE)) {
            problems.add(new RubricProblem(BANK_FILE, 0, unreadable.getOrDefault(BANK_FILE,
                    "the bank has no bank.yaml; it gives the bank's id, title, time limit and questions")));
            return new LoadedBank(Optional.empty(), List.of(), Map.of(), problems);
        }
        Problems bankProblems = new Problems(BANK_FILE);
        BankReading reading = readBank(files.get(BANK_FILE), bankProblems);
        List<Rubric> rubrics = new ArrayList<>();
        Map<String, List<GradedExample>> examples = new LinkedHashMap<>();
        List<RubricProblem> questionProblems = new ArrayList<>();
        reading.questionLines().forEach((qid, line) -> {
            String rubricFile = qid + RUBRIC_SUFFIX;
            OptionalDouble points = OptionalDouble.empty();
            if (files.containsKey(rubricFile)) {
                ParseResult parsed = parser.parse(rubricFile, files.get(rubricFile), Optional.of(qid));
                questionProblems.addAll(parsed.problems());
                parsed.rubric().ifPresent(rubrics::add);
                points = parsed.rubric().map(r -> OptionalDouble.of(r.points())).orElse(OptionalDouble.empty());
            } else if (unreadable.containsKey(rubricFile)) {
                questionProblems.add(new RubricProblem(rubricFile, 0, unreadable.get(rubricFile)));
            } else {
                bankProblems.add(line, "question \"" + qid + "\" is listed, but there is no file " + rubricFile);
            }
            String examplesFile = qid + EXAMPLES_SUFFIX;
            if (unreadable.containsKey(examplesFile)) {
                questionProblems.add(new RubricProblem(examplesFile, 0, unreadable.get(examplesFile)));
            }
            Problems exampleProblems = new Problems(examplesFile);
            examples.put(qid, files.containsKey(examplesFile)
                    ? readExamples(files.get(examplesFile), points, exampleProblems) : List.of());
            questionProblems.addAll(exampleProblems.inFileOrder());
        });
        problems.addAll(bankProblems.inFileOrder());
        problems.addAll(questionProblems);
        Set<String> names = new TreeSet<>(files.keySet());
        names.addAll(unreadable.keySet());
        problems.addAll(strayFiles(names, reading.questionLines().keySet()));
        return new LoadedBank(reading.bank(), rubrics, examples, problems);
    }

    /** What bank.yaml says; the question list is kept even when other fields are wrong, to check the rubrics. */
    private record BankReading(Optional<Bank> bank, Map<String, Integer> questionLines) {
    }

    private BankReading readBank(String text, Problems problems) {
        Optional<Node> root = YamlDocument.compose(text, parser.maxChars(), problems);
        if (root.isEmpty() && problems.isEmpty()) {
            problems.add(1, "bank.yaml is empty; it starts with a line such as \"id: my-bank\"");
        }
        Optional<YamlMap> found = root.flatMap(node ->
                YamlMap.of(node, "bank.yaml must be a map of fields such as \"id: my-bank\"", problems));
        if (found.isEmpty()) {
            return new BankReading(Optional.empty(), Map.of());
        }
        YamlMap map = found.get().check("", BANK_FIELDS);
        Optional<String> id = validId(map, map.text("id", REQUIRED), "id");
        Optional<String> title = map.text("title", REQUIRED);
        String description = map.text("description", OPTIONAL).orElse("");
        OptionalInt minutes = map.wholeNumber("time_limit_minutes", REQUIRED);
        if (minutes.isPresent() && minutes.getAsInt() <= 0) {
            map.problem("time_limit_minutes", "\"time_limit_minutes\" must be greater than 0, but it is "
                    + minutes.getAsInt());
        }
        Map<String, Integer> questionLines = questions(map);
        if (!problems.isEmpty()) {
            return new BankReading(Optional.empty(), questionLines);
        }
        return new BankReading(Optional.of(new Bank(id.orElseThrow(), title.orElseThrow(), description,
                minutes.getAsInt(), List.copyOf(questionLines.keySet()))), questionLines);
    }

    private static Map<String, Integer> questions(YamlMap map) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<Node> items = map.list("questions", REQUIRED).orElse(List.of());
        if (map.has("questions") && items.isEmpty()) {
            map.problem("questions", "a bank needs at least one question");
        }
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Optional<String> qid = validId(map, map.textItem("questions", i, item), "questions");
            if (qid.isEmpty()) {
                continue;
            }
            Integer first = lines.putIfAbsent(qid.get(), Problems.lineOf(item));
            if (first != null) {
                map.problemAt(item, "question \"" + qid.get() + "\" is listed twice (first on line " + first + ")");
            }
        }
        return lines;
    }

    private static Optional<String> validId(YamlMap map, Optional<String> id, String key) {
        if (id.isPresent() && !RubricParser.ID.matcher(id.get()).matches()) {
            map.problem(key, "the id \"" + id.get() + "\" is not valid: " + RubricParser.ID_RULE);
            return Optional.empty();
        }
        return id;
    }

    private List<GradedExample> readExamples(String text, OptionalDouble points, Problems problems) {
        Optional<Node> root = YamlDocument.compose(text, parser.maxChars(), problems);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode list)) {
            problems.at(root.get(), "an examples file must be a list of examples, each starting with \"- kind:\","
                    + " but it is " + YamlMap.describe(root.get()));
            return List.of();
        }
        List<GradedExample> examples = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            String owner = "example " + (i + 1);
            YamlMap.of(list.getValue().get(i), "each example must be a map of fields such as \"kind: excellent\"",
                            problems)
                    .flatMap(map -> example(map.check(owner, EXAMPLE_FIELDS), points, problems.file()))
                    .ifPresent(examples::add);
        }
        return examples;
    }

    private static Optional<GradedExample> example(YamlMap map, OptionalDouble points, String file) {
        Optional<ExampleKind> kind = map.text("kind", REQUIRED).flatMap(name -> {
            Optional<ExampleKind> known = ExampleKind.fromYaml(name);
            if (known.isEmpty()) {
                map.problem("kind", unknownName("kind", name, ExampleKind.yamlNames()));
            }
            return known;
        });
        Optional<String> answer = map.text("answer", REQUIRED);
        OptionalDouble score = map.number("score", REQUIRED);
        if (score.isPresent() && points.isPresent()
                && (score.getAsDouble() < 0 || score.getAsDouble() > points.getAsDouble())) {
            map.problem("score", "\"score\" is " + Decimals.format(score.getAsDouble())
                    + ", but it must be between 0 and the question's " + Decimals.format(points.getAsDouble())
                    + " points");
        }
        OptionalDouble tolerance = map.number("tolerance", OPTIONAL);
        if (tolerance.isPresent() && tolerance.getAsDouble() < 0) {
            map.problem("tolerance", "\"tolerance\" must not be negative, but it is "
                    + Decimals.format(tolerance.getAsDouble()));
        }
        List<FlagCode> flags = new ArrayList<>();
        List<String> flagNames = Arrays.stream(FlagCode.values()).map(Enum::name).toList();
        for (String name : map.texts("flags")) {
            if (flagNames.contains(name)) {
                flags.add(FlagCode.valueOf(name));
            } else {
                map.problem("flags", unknownName("flag", name, flagNames));
            }
        }
        if (kind.isEmpty() || answer.isEmpty() || score.isEmpty() || points.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GradedExample(file, map.line(), kind.get(), answer.get(), score.getAsDouble(),
                tolerance.orElse(GradedExample.defaultTolerance(points.getAsDouble())), flags));
    }

    private static String unknownName(String what, String name, List<String> known) {
        String suggestion = Suggestions.nearest(name, known).map(s -> "; did you mean \"" + s + "\"?").orElse(".");
        return "the " + what + " \"" + name + "\" is not known" + suggestion + " Use one of: "
                + String.join(", ", known);
    }

    /** Rubric and examples files that belong to no listed question: usually a question left out of bank.yaml. */
    private static List<RubricProblem> strayFiles(Set<String> names, Set<String> questionIds) {
        List<RubricProblem> problems = new ArrayList<>();
        for (String name : names) {
            if (name.equals(BANK_FILE) || !name.endsWith(RUBRIC_SUFFIX)) {
                continue;
            }
            String qid = name.endsWith(EXAMPLES_SUFFIX)
                    ? name.substring(0, name.length() - EXAMPLES_SUFFIX.length())
                    : name.substring(0, name.length() - RUBRIC_SUFFIX.length());
            if (!questionIds.contains(qid)) {
                problems.add(new RubricProblem(name, 0,
                        "the file belongs to no question: bank.yaml does not list \"" + qid + "\""));
            }
        }
        return problems;
    }

    /** A file's text, or why it could not be read. */
    private record FileText(Optional<String> text, String problem) {
    }

    private FileText read(Path file) {
        try {
            long size = Files.size(file);
            if (size > (long) parser.maxChars() * MAX_BYTES_PER_CHAR) {
                return new FileText(Optional.empty(), String.format(Locale.ROOT,
                        "the file has %,d bytes, more than the limit of %,d characters allows", size,
                        parser.maxChars()));
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return new FileText(Optional.of(text), "");
        } catch (CharacterCodingException e) {
            return new FileText(Optional.empty(), "the file is not UTF-8 text");
        } catch (IOException e) {
            return new FileText(Optional.empty(), "the file cannot be read: " + e.getMessage());
        }
    }
}
