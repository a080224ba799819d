package org.assay.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assay.engine.score.ReviewFit;
import org.assay.engine.score.ReviewModel;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The fit-review command: fits the review model (the chance that a grade lies 30% of the maximum or more from a
 * grader's) to evaluate output files that carry human scores, prints how the route does on each data set left out
 * of the fit, and writes the model fitted on all of them. docs/benchmarks.md ("Routing to a person") gives the
 * command that fits the shipped model.
 */
@Command(name = "fit-review", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Fits the review model to evaluate output files (with human scores and review_signals).")
public final class FitReview implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "evaluate --out files, or folders whose .jsonl files are read in name order")
    private List<Path> files;

    @Option(names = "--out", description = "where to write the fitted model; printed only when absent")
    private Path out;

    @Option(names = "--group-field", defaultValue = "set",
            description = "row field naming a row's data set; a file without it is one set. Default: ${DEFAULT-VALUE}")
    private String groupField;

    @Option(names = "--lambda", defaultValue = "1.0", description = "L2 penalty. Default: ${DEFAULT-VALUE}")
    private double lambda;

    @Option(names = "--far-share", defaultValue = "0.65",
            description = "share of the far-off training answers to route. Default: ${DEFAULT-VALUE}")
    private double farShare;

    private final PrintStream stdout;

    FitReview(PrintStream stdout) {
        this.stdout = stdout;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FitReview(System.out)).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                try (var listing = Files.list(p)) {
                    listing.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().forEach(inputs::add);
                }
            } else {
                inputs.add(p);
            }
        }
        List<ReviewFit.Sample> samples = read(inputs, groupField);
        ReviewFit.Settings settings = new ReviewFit.Settings(lambda, farShare);
        stdout.println("set\tfar_n\trouted_far\tnear_n\trouted_near\t(each set left out of the fit)");
        for (ReviewFit.Held h : ReviewFit.leaveOneGroupOut(samples, settings)) {
            stdout.printf(Locale.ROOT, "%s\t%d\t%.2f\t%d\t%.2f%n", h.group(), h.farN(),
                    h.farN() == 0 ? Double.NaN : (double) h.farRouted() / h.farN(), h.nearN(),
                    h.nearN() == 0 ? Double.NaN : (double) h.nearRouted() / h.nearN());
        }
        ReviewModel model = ReviewFit.fit(samples, settings);
        String text = model.text(String.format(Locale.ROOT, "# Fitted by fit-review (lambda %s, far share %s) on %d "
                + "graded answers: %s%n", lambda, farShare, samples.size(),
                String.join(" ", inputs.stream().map(p -> p.getFileName().toString()).toList())));
        if (out != null) {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } else {
            stdout.print(text);
        }
        return 0;
    }

    /** Rows with a human score and review signals; far when 30% of the maximum or more from the engine's score. */
    static List<ReviewFit.Sample> read(List<Path> files, String groupField) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ReviewFit.Sample> samples = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                if (!row.has("human_score") || !row.has("review_signals") || !row.has("score")) {
                    continue;
                }
                Map<String, Double> signals = new LinkedHashMap<>();
                row.get("review_signals").properties().forEach(e -> signals.put(e.getKey(), e.getValue().asDouble()));
                double max = row.path("max").asDouble(1);
                boolean far = Math.abs(row.get("human_score").asDouble() - row.get("score").asDouble())
                        >= 0.3 * max - 1e-9;
                String group = row.hasNonNull(groupField) ? row.get(groupField).asText()
                        : file.getFileName().toString();
                samples.add(new ReviewFit.Sample(group, signals, far));
            }
        }
        return samples;
    }
}
