package org.assay.engine.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic regression over {@link ReviewSignals}: the chance that a grader's score lies 30% of the maximum or more
 * from the engine's. A grade whose chance reaches the threshold goes to a person. The weights are data, in
 * {@code review-model.tsv} (semantic channel on) and {@code review-model-lexical.tsv} (off) beside this class, fitted
 * by {@link ReviewFit}; the fit-review command re-fits them.
 *
 * @param intercept the model's constant term
 * @param weights one weight per signal name; a signal without a weight counts 0
 * @param threshold chance from which a grade is routed to a person
 */
public record ReviewModel(double intercept, Map<String, Double> weights, double threshold) {

    /** The model for grades with the semantic channel, beside this class on the classpath. */
    public static final String RESOURCE = "review-model.tsv";
    /** The model for grades without it: its signals of similarity are missing, so its weights differ. */
    public static final String LEXICAL_RESOURCE = "review-model-lexical.tsv";

    private static final ReviewModel STANDARD = read(RESOURCE);
    private static final ReviewModel LEXICAL = read(LEXICAL_RESOURCE);

    public ReviewModel {
        weights = Map.copyOf(weights);
        for (String name : weights.keySet()) {
            if (!ReviewSignals.NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown review signal \"" + name + "\"; known: "
                        + ReviewSignals.NAMES);
            }
        }
    }

    /** The model shipped with the engine for grades with the semantic channel on, or off. */
    public static ReviewModel standard(boolean semantic) {
        return semantic ? STANDARD : LEXICAL;
    }

    /** The chance that a grade with these signals is far from a grader's. */
    public double chance(Map<String, Double> signals) {
        double z = intercept;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            z += w.getValue() * signals.getOrDefault(w.getKey(), 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The model as its file holds it: a line {@code name<TAB>value} for the threshold, intercept and each weight. */
    public String text(String header) {
        StringBuilder out = new StringBuilder(header);
        out.append(line("threshold", threshold)).append(line("intercept", intercept));
        for (String name : ReviewSignals.NAMES) {
            out.append(line(name, weights.getOrDefault(name, 0.0)));
        }
        return out.toString();
    }

    private static String line(String name, double value) {
        return name + "\t" + String.format(Locale.ROOT, "%.6f", value) + "\n";
    }

    /** Reads a model file; lines starting with # are comments. */
    static ReviewModel parse(BufferedReader reader, String source) throws IOException {
        Map<String, Double> weights = new LinkedHashMap<>();
        double intercept = 0;
        double threshold = Double.NaN;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException(source + ":" + number + ": expected a name, a tab and a number");
            }
            double value = Double.parseDouble(parts[1].strip());
            switch (parts[0].strip()) {
                case "threshold" -> threshold = value;
                case "intercept" -> intercept = value;
                default -> weights.put(parts[0].strip(), value);
            }
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException(source + ": no threshold");
        }
        return new ReviewModel(intercept, weights, threshold);
    }

    private static ReviewModel read(String resource) {
        try (InputStream in = ReviewModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
