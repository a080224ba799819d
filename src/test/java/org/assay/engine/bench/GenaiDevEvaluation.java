package org.assay.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.assay.engine.GradingEngine;
import org.assay.engine.rubric.ParseResult;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricParser;
import org.assay.engine.score.GradeReport;

/**
 * Grades a JSON Lines file of answers to bank questions with the semantic channel on and off and prints Pearson r
 * against the human score and the mean score by answer kind, on the data's 0-5 scale.
 * Arguments: answers.jsonl rubric-folder [--details].
 */
public final class GenaiDevEvaluation {

    private GenaiDevEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        List<JsonNode> rows = JsonLines.read(Path.of(args[0]));
        Path folder = Path.of(args[1]);
        boolean details = args.length > 2 && "--details".equals(args[2]);
        Engines engines = new Engines();
        Map<String, Rubric> rubrics = new TreeMap<>();
        for (boolean semantic : new boolean[] {true, false}) {
            GradingEngine engine = engines.get(semantic);
            double[] predicted = new double[rows.size()];
            double[] human = new double[rows.size()];
            Map<String, List<Double>> byKind = new TreeMap<>();
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                Rubric rubric = rubrics.computeIfAbsent(row.get("qid").asText(), q -> parse(folder, q));
                GradeReport report = engine.grade(rubric, row.get("answer").asText());
                predicted[i] = report.score() / report.max() * 5;
                human[i] = row.get("score").asDouble();
                byKind.computeIfAbsent(row.get("kind").asText(), k -> new ArrayList<>()).add(predicted[i]);
                if (details) {
                    System.out.printf(Locale.ROOT, "%s %-16s human=%.1f engine=%.2f %s%n", row.get("id").asText(),
                            row.get("kind").asText(), human[i], predicted[i], summary(report));
                }
            }
            System.out.printf(Locale.ROOT, "semantic=%s n=%d pearson=%.3f rmse=%.3f%n", semantic ? "on" : "off",
                    rows.size(), Stats.pearson(predicted, human), Stats.rmse(predicted, human));
            byKind.forEach((kind, scores) -> System.out.printf(Locale.ROOT, "  mean[%s]=%.2f (n=%d)%n", kind,
                    scores.stream().mapToDouble(Double::doubleValue).average().orElse(0), scores.size()));
        }
    }

    private static Rubric parse(Path folder, String qid) {
        try {
            Path file = folder.resolve(qid + ".yaml");
            ParseResult result = new RubricParser().parse(file.toString(), Files.readString(file));
            return result.rubric().orElseThrow(() -> new IllegalStateException(result.problems().toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String summary(GradeReport report) {
        StringBuilder out = new StringBuilder();
        report.criteria().forEach(c -> out.append(c.id()).append('=').append(c.points()).append(
                c.evidence().isEmpty() ? "" : "[" + c.evidence().get(0).kind() + ":" + c.evidence().get(0).matched()
                        + (c.evidence().get(0).negated() ? " NEG" : "") + "]").append(' '));
        report.misconceptions().forEach(m -> out.append("MISC:").append(m.id()).append(' '));
        report.flags().forEach(f -> out.append(f.code()).append(' '));
        return out.toString();
    }
}
