package org.assay.engine.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.assay.engine.GradingEngine;
import org.assay.engine.rubric.Rubric;

/**
 * Mohler et al. 2011 protocol: drafts a rubric from each question's reference answer (0-5), grades every answer,
 * then reports Pearson r and RMSE raw and after a linear calibration fitted by 12-fold cross-validation over
 * {@code assignment}. Runs with the semantic channel on and off. Arguments: mohler2011_2273.jsonl.
 */
public final class MohlerCrossValidation {

    private static final double SCALE = 5;

    private MohlerCrossValidation() {
    }

    public static void main(String[] args) throws Exception {
        List<JsonNode> rows = JsonLines.read(Path.of(args[0]));
        Engines engines = new Engines();
        for (boolean semantic : new boolean[] {true, false}) {
            GradingEngine engine = engines.get(semantic);
            Map<String, Rubric> rubrics = new HashMap<>();
            double[] raw = new double[rows.size()];
            double[] human = new double[rows.size()];
            int[] fold = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                Rubric rubric = rubrics.computeIfAbsent(row.get("qid").asText(), q -> engine.draft(q,
                        row.get("question").asText(), row.get("reference").asText(), SCALE));
                raw[i] = engine.grade(rubric, row.get("answer").asText()).score();
                human[i] = row.get("score").asDouble();
                fold[i] = row.get("assignment").asInt();
            }
            double[] calibrated = crossValidate(raw, human, fold);
            System.out.printf(Locale.ROOT, "semantic=%s n=%d raw: pearson=%.3f rmse=%.3f | 12-fold calibrated: "
                    + "pearson=%.3f rmse=%.3f%n", semantic ? "on" : "off", rows.size(), Stats.pearson(raw, human),
                    Stats.rmse(raw, human), Stats.pearson(calibrated, human), Stats.rmse(calibrated, human));
        }
    }

    /** For each fold, a least-squares line fitted on the other folds, clamped to the scale. */
    static double[] crossValidate(double[] x, double[] y, int[] fold) {
        double[] out = new double[x.length];
        for (int f : java.util.Arrays.stream(fold).distinct().toArray()) {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            int n = 0;
            for (int i = 0; i < x.length; i++) {
                if (fold[i] != f) {
                    sx += x[i];
                    sy += y[i];
                    sxx += x[i] * x[i];
                    sxy += x[i] * y[i];
                    n++;
                }
            }
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double intercept = (sy - slope * sx) / n;
            for (int i = 0; i < x.length; i++) {
                if (fold[i] == f) {
                    out[i] = Math.max(0, Math.min(SCALE, intercept + slope * x[i]));
                }
            }
        }
        return out;
    }
}
