package org.assay.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.assay.engine.EngineOptions;
import org.assay.engine.examples.Examined;
import org.assay.engine.examples.ExampleSettings;
import org.assay.engine.examples.ExamplesModel;
import org.assay.engine.examples.Exclusion;
import org.assay.engine.examples.PreparedExample;
import org.assay.engine.examples.QuestionExamples;
import org.assay.engine.examples.ScoredExample;
import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.LoadedBank;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.ExampleNeighbour;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The evaluate command: grades a JSON Lines file against a bank (or rubrics drafted from each row's reference),
 * writes the graded rows and prints agreement figures with the human scores. Runs without a database or network.
 */
public final class EvaluateCommand {

    /** The input was read; lines that could not be graded are in the output with an {@code error} field. */
    public static final int OK = 0;
    /** Nothing was graded: wrong options, a bank with problems, or an unreadable file. */
    public static final int FAILED = 2;

    private static final double ROUNDING = 1e4;
    /** The row field naming an answer's attempt; answers of one attempt are never each other's examples. */
    private static final String ATTEMPT = "attempt";

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final Function<EngineOptions, EvaluationEngine> engines;
    private final BankLoader bankLoader;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param engines loads the engine for the chosen options; called at most once a run, and only when there are
     *        rows to grade
     * @param bankLoader reads --rubrics folders
     * @param out receives the figures, one {@code name=value} a line, or the usage when --help asks for it
     * @param err receives usage, problems and progress
     */
    public EvaluateCommand(Function<EngineOptions, EvaluationEngine> engines, BankLoader bankLoader,
            PrintStream out, PrintStream err) {
        this.engines = engines;
        this.bankLoader = bankLoader;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command.
     *
     * @param args the command line, as {@code --help} describes it
     * @return {@link #OK} or {@link #FAILED}
     */
    public int run(String... args) {
        CommandLine commandLine = EvaluateOptions.commandLine();
        EvaluateOptions options;
        try {
            commandLine.parseArgs(args);
            if (commandLine.isUsageHelpRequested()) {
                commandLine.usage(out);
                return OK;
            }
            options = commandLine.<EvaluateOptions.Arguments>getCommand().options();
        } catch (ParameterException e) {
            err.println("evaluate: " + EvaluateOptions.problem(e));
            commandLine.usage(err);
            return FAILED;
        }
        try {
            return run(options);
        } catch (IOException e) {
            err.println("evaluate: " + e.getMessage());
            return FAILED;
        }
    }

    private int run(EvaluateOptions options) throws IOException {
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        if (options.rubrics().isPresent() && !loadBank(options.rubrics().get(), rubrics)) {
            return FAILED;
        }
        if (!Files.isReadable(options.in())) {
            err.println("evaluate: cannot read " + options.in());
            return FAILED;
        }
        List<InputRow> train = List.of();
        LineErrors trainErrors = null;
        if (options.train().isPresent()) {
            Path file = options.train().get();
            if (!Files.isReadable(file)) {
                err.println("evaluate: cannot read " + file);
                return FAILED;
            }
            trainErrors = new LineErrors(file.toString(), err);
            train = scoredOnly(new InputReader(json, rubrics::containsKey, options.draftFromReference(),
                    Optional.empty()).read(file, trainErrors), trainErrors);
        }
        LineErrors errors = new LineErrors(options.in().toString(), err);
        List<InputRow> rows = new InputReader(json, rubrics::containsKey, options.draftFromReference(),
                options.cvField()).read(options.in(), errors);
        List<GradedRow> graded = rows.isEmpty() ? List.of()
                : grade(options, rows, rubrics, errors, new Training(train, trainErrors));
        Figures figures = Figures.of(graded, options.scale(), options.cvField(), options.routingFigures(), err,
                options.train().isPresent());
        if (options.out().isPresent()) {
            write(options.out().get(), graded, errors.all(), figures);
        }
        err.printf("evaluate: graded %d of %d answers%s%n", graded.size(), graded.size() + errors.count(),
                errors.count() == 0 ? "" : "; " + errors.count() + " could not be graded (see the lines above)");
        figures.lines().forEach(out::println);
        if (errors.count() > 0) {
            out.println("errors=" + errors.count());
        }
        return OK;
    }

    private boolean loadBank(Path folder, Map<String, Rubric> rubrics) {
        LoadedBank bank = bankLoader.load(folder);
        if (!bank.problems().isEmpty()) {
            bank.problems().forEach(p -> err.println(p.line() > 0
                    ? folder.resolve(p.file()) + ":" + p.line() + ": " + p.message()
                    : folder.resolve(p.file()) + ": " + p.message()));
            err.println("evaluate: the bank has problems; nothing was graded");
            return false;
        }
        bank.rubrics().forEach(r -> rubrics.put(r.id(), r));
        return true;
    }

    /** Scored rows of the --train file and where to report its lines that cannot serve. */
    private record Training(List<InputRow> rows, LineErrors errors) {
    }

    /** Training rows without a human score teach nothing; they are reported and left out. */
    private static List<InputRow> scoredOnly(List<InputRow> rows, LineErrors errors) {
        List<InputRow> scored = new ArrayList<>();
        for (InputRow row : rows) {
            if (row.human().isPresent()) {
                scored.add(row);
            } else {
                errors.report(row.line(), "a training row needs a \"score\"; left out", row.fields());
            }
        }
        return scored;
    }

    private List<GradedRow> grade(EvaluateOptions options, List<InputRow> rows, Map<String, Rubric> bankRubrics,
            LineErrors errors, Training training) {
        EvaluationEngine engine = engines.apply(options.engine());
        Map<String, Rubric> rubrics = options.draftFromReference() ? draft(engine, rows, options, errors)
                : bankRubrics;
        if (options.draftFromReference() && !training.rows().isEmpty()) {
            var unseen = training.rows().stream().filter(r -> !rubrics.containsKey(r.qid())).toList();
            Map<String, Rubric> more = new LinkedHashMap<>(rubrics);
            more.putAll(draft(engine, unseen, options, training.errors()));
            return grade(options, rows, more, engine, errors, training);
        }
        return grade(options, rows, rubrics, engine, errors, training);
    }

    private List<GradedRow> grade(EvaluateOptions options, List<InputRow> rows, Map<String, Rubric> rubrics,
            EvaluationEngine engine, LineErrors errors, Training training) {
        List<InputRow> gradable = rows.stream().filter(r -> rubrics.containsKey(r.qid())).toList();
        double scaleMax = options.scale().orElse(Double.NaN);
        ExamplesModel model = training.rows().isEmpty() ? ExamplesModel.EMPTY
                : examples(options, training, rubrics, engine, scaleMax);
        Function<InputRow, GradedRow> work = training.rows().isEmpty()
                ? row -> GradedRow.of(row, engine.grade(rubrics.get(row.qid()), row.answer()), scaleMax)
                : row -> GradedRow.of(row, model.apply(row.qid(), engine.examine(rubrics.get(row.qid()),
                        row.answer()), new Exclusion(idOf(row), row.text(ATTEMPT).orElse(""))), scaleMax);
        long started = System.nanoTime();
        List<Outcome<GradedRow>> results = inParallel(options.threads(), gradable, work);
        if (!training.rows().isEmpty() && !gradable.isEmpty()) {
            err.printf(Locale.ROOT, "evaluate: %.1f ms per answer on %d threads, examples included%n",
                    (System.nanoTime() - started) / 1e6 / gradable.size(), options.threads());
        }
        List<GradedRow> graded = new ArrayList<>();
        for (int i = 0; i < gradable.size(); i++) {
            Outcome<GradedRow> result = results.get(i);
            if (result.value() != null) {
                graded.add(result.value());
            } else {
                errors.report(gradable.get(i).line(), "the engine could not grade it: " + result.error(),
                        gradable.get(i).fields());
            }
        }
        return graded;
    }

    /**
     * The training rows as scored examples of their qid, graded by the rubric they will serve beside, and the
     * combination learned from them with each left out in turn.
     */
    private ExamplesModel examples(EvaluateOptions options, Training training, Map<String, Rubric> rubrics,
            EvaluationEngine engine, double scaleMax) {
        List<InputRow> usable = training.rows().stream().filter(r -> rubrics.containsKey(r.qid())).toList();
        long started = System.nanoTime();
        List<Outcome<Examined>> results = inParallel(options.threads(), usable,
                row -> engine.examine(rubrics.get(row.qid()), row.answer()));
        err.printf(Locale.ROOT, "evaluate: examples prepared in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Map<String, List<PreparedExample>> byQid = new LinkedHashMap<>();
        Map<String, Examined> first = new LinkedHashMap<>();
        for (int i = 0; i < usable.size(); i++) {
            InputRow row = usable.get(i);
            Examined examined = results.get(i).value();
            if (examined == null) {
                training.errors().report(row.line(), "the engine could not grade it: " + results.get(i).error(),
                        row.fields());
                continue;
            }
            double max = examined.report().max();
            double score = row.human().getAsDouble() * (Double.isNaN(scaleMax) ? 1 : max / scaleMax);
            String note = row.text("note").or(row::kind).orElse("");
            var example = new ScoredExample(idOf(row), ScoredExample.TRAINING_FILE, row.text(ATTEMPT).orElse(""),
                    row.answer(), score, note);
            byQid.computeIfAbsent(row.qid(), q -> new ArrayList<>()).add(
                    new PreparedExample(example, examined.features()));
            first.putIfAbsent(row.qid(), examined);
        }
        List<QuestionExamples> questions = new ArrayList<>();
        byQid.forEach((qid, list) -> questions.add(new QuestionExamples(qid,
                first.get(qid).report().rubricVersion(), first.get(qid).report().max(), list)));
        ExamplesModel model = ExamplesModel.fit(questions, ExampleSettings.DEFAULT);
        double[] b = model.coefficients();
        err.printf(Locale.ROOT, "evaluate: %d scored examples of %d questions; %d had neighbours; learned b1=%.3f "
                + "b2=%.3f%n", byQid.values().stream().mapToInt(List::size).sum(), byQid.size(), model.fitted(),
                b[0], b[1]);
        return model;
    }

    /** A row's id field, or its line number when it has none. */
    private static String idOf(InputRow row) {
        return Optional.ofNullable(row.fields().get("id")).filter(v -> v.isValueNode() && !v.asText().isBlank())
                .map(v -> v.asText()).orElse("line " + row.line());
    }

    /** One rubric per qid, from the first row of that qid; rows of a qid that cannot be drafted are reported. */
    private static Map<String, Rubric> draft(EvaluationEngine engine, List<InputRow> rows, EvaluateOptions options,
            LineErrors errors) {
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (InputRow row : rows) {
            if (rubrics.containsKey(row.qid()) || failures.containsKey(row.qid())) {
                continue;
            }
            try {
                rubrics.put(row.qid(), engine.draft(row.qid(), row.text("question").orElseThrow(),
                        row.text("reference").orElseThrow(), options.draftPoints()));
            } catch (RuntimeException e) {
                failures.put(row.qid(), String.valueOf(e.getMessage()));
            }
        }
        rows.stream().filter(r -> failures.containsKey(r.qid())).forEach(r -> errors.report(r.line(),
                "no rubric could be drafted for qid \"" + r.qid() + "\": " + failures.get(r.qid()), r.fields()));
        return rubrics;
    }

    /** A value, or why there is none. */
    private record Outcome<T>(T value, String error) {
    }

    /** Applies {@code work} to every row on {@code threads} threads, keeping the rows' order. */
    private static <T> List<Outcome<T>> inParallel(int threads, List<InputRow> rows, Function<InputRow, T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = rows.stream().map(row -> pool.submit(() -> work.apply(row))).toList();
            List<Outcome<T>> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(outcome(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Outcome<T> outcome(Future<T> future) {
        try {
            return new Outcome<>(future.get(), "");
        } catch (ExecutionException e) {
            return new Outcome<>(null, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, "interrupted");
        }
    }

    /** Graded lines and lines that could not be graded, in input order. */
    private void write(Path file, List<GradedRow> graded, List<LineErrors.LineError> failed, Figures figures)
            throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        var lines = new TreeMap<Integer, ObjectNode>();
        graded.forEach(row -> lines.put(row.row().line(), outputRow(row, figures)));
        failed.forEach(error -> lines.put(error.line(), errorRow(error)));
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode row : lines.values()) {
                writer.write(json.writeValueAsString(row));
                writer.newLine();
            }
        }
    }

    /** The input fields as read (or the line number when the line was not a JSON object) and the error. */
    private ObjectNode errorRow(LineErrors.LineError error) {
        ObjectNode row = json.createObjectNode();
        if (error.fields() != null) {
            copyInput(error.fields(), row);
        } else {
            row.put("line", error.line());
        }
        row.put("error", error.message());
        return row;
    }

    /**
     * The input fields (a human score renamed human_score), then score, max, flags, criteria, misconceptions,
     * cv_score, and the review chance with its signals.
     */
    private ObjectNode outputRow(GradedRow graded, Figures figures) {
        ObjectNode row = json.createObjectNode();
        copyInput(graded.row().fields(), row);
        row.put("score", round(graded.score()));
        row.put("max", round(graded.max()));
        graded.flags().forEach(row.putArray("flags")::add);
        ObjectNode criteria = row.putObject("criteria");
        graded.criteria().forEach((id, points) -> criteria.put(id, round(points)));
        graded.misconceptions().forEach(row.putArray("misconceptions")::add);
        figures.calibrated(graded).ifPresent(cv -> row.put("cv_score", round(cv)));
        if (graded.review() != null) {
            row.put("review_chance", round(graded.review().chance()));
            ObjectNode signals = row.putObject("review_signals");
            graded.review().signals().forEach((name, value) -> signals.put(name, round(value)));
        }
        if (figures.withExamples()) {
            row.put("rubric_score", round(graded.rubricScore()));
            row.put("example_shift", round(graded.score() - graded.rubricScore()));
            var neighbours = row.putArray("neighbours");
            if (graded.examples() != null) {
                double factor = graded.max() / graded.examples().neighbours().stream()
                        .mapToDouble(ExampleNeighbour::max).findFirst().orElse(graded.max());
                for (ExampleNeighbour n : graded.examples().neighbours()) {
                    ObjectNode shown = neighbours.addObject();
                    shown.put("id", n.id());
                    shown.put("score", round(n.score() * factor));
                    shown.put("similarity", n.similarity());
                    shown.put("shift", round(n.shift() * factor));
                }
            }
        }
        return row;
    }

    /** The input fields, a human score renamed human_score so it does not clash with the engine's. */
    private static void copyInput(ObjectNode input, ObjectNode row) {
        input.properties().forEach(field ->
                row.set(field.getKey().equals("score") ? "human_score" : field.getKey(), field.getValue()));
    }

    private static double round(double value) {
        return Math.round(value * ROUNDING) / ROUNDING;
    }
}
