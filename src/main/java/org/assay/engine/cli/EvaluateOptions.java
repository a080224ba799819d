package org.assay.engine.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

import org.assay.engine.EngineOptions;

/**
 * The evaluate command's options.
 *
 * @param rubrics the bank folder to grade against; empty in draft mode
 * @param draftFromReference draft one rubric per qid from the rows' question and reference
 * @param in the JSON Lines input
 * @param out where to write the graded rows; empty to write none
 * @param scale the maximum that scores are reported on; empty for each rubric's own points
 * @param cvField the row field whose values are the folds of the cross-validation, if any
 * @param threads how many answers to grade at once
 * @param engine which matching channels the engine uses
 */
record EvaluateOptions(
        Optional<Path> rubrics,
        boolean draftFromReference,
        Path in,
        Optional<Path> out,
        OptionalDouble scale,
        Optional<String> cvField,
        int threads,
        EngineOptions engine) {

    /** Points a drafted rubric gets when no --scale is given. */
    static final double DEFAULT_DRAFT_POINTS = 10;
    static final int MAX_THREADS = 64;

    static final String USAGE = """
            Usage: evaluate (--rubrics DIR | --draft-from-reference) --in FILE [--out FILE] [options]
              --rubrics DIR           grade against the question bank in DIR (bank.yaml and <qid>.yaml files)
              --draft-from-reference  draft a rubric for each qid from its rows' question and reference
              --in FILE               JSON Lines: id, qid, answer (and question, reference when drafting);
                                      a human "score" on the same scale turns on the agreement figures
              --out FILE              JSON Lines: the input fields, a human score renamed human_score, then
                                      score, max, flags, criteria (criterion id -> points) and
                                      misconceptions (ids found)
              --scale N               report every score on 0..N (default: each rubric's points);
                                      drafted rubrics are worth N points (default 10)
              --cv-field NAME         also report figures for a line y = a + b*score fitted on all other values
                                      of NAME and applied to each value in turn (k-fold), clamped to 0..max
              --threads N             grade N answers at once (default 1)
              --no-semantic           no sentence embeddings (the embedding model is not loaded)
              --no-wordnet            no WordNet synonyms
              --no-spelling           no tolerance of misspellings
            """;

    /** Points of a drafted rubric. */
    double draftPoints() {
        return scale.orElse(DEFAULT_DRAFT_POINTS);
    }

    /**
     * Reads the command line.
     *
     * @throws IllegalArgumentException with a message for the user when the arguments are wrong
     */
    static EvaluateOptions parse(String[] args) {
        Optional<Path> rubrics = Optional.empty();
        boolean draft = false;
        Optional<Path> in = Optional.empty();
        Optional<Path> out = Optional.empty();
        OptionalDouble scale = OptionalDouble.empty();
        Optional<String> cvField = Optional.empty();
        int threads = 1;
        boolean semantic = true;
        boolean wordnet = true;
        boolean spelling = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--rubrics" -> rubrics = Optional.of(Path.of(value(args, ++i, arg)));
                case "--draft-from-reference" -> draft = true;
                case "--in" -> in = Optional.of(Path.of(value(args, ++i, arg)));
                case "--out" -> out = Optional.of(Path.of(value(args, ++i, arg)));
                case "--scale" -> scale = OptionalDouble.of(positive(value(args, ++i, arg), arg));
                case "--cv-field" -> cvField = Optional.of(value(args, ++i, arg));
                case "--threads" -> threads = threads(value(args, ++i, arg));
                case "--no-semantic" -> semantic = false;
                case "--no-wordnet" -> wordnet = false;
                case "--no-spelling" -> spelling = false;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (rubrics.isPresent() == draft) {
            throw new IllegalArgumentException("give either --rubrics DIR or --draft-from-reference");
        }
        return new EvaluateOptions(rubrics, draft,
                in.orElseThrow(() -> new IllegalArgumentException("--in FILE is required")), out, scale, cvField,
                threads, new EngineOptions(wordnet, spelling, semantic));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static double positive(String text, String option) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a number greater than 0, not " + text);
    }

    private static int threads(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MAX_THREADS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--threads needs a whole number from 1 to " + MAX_THREADS + ", not "
                + text);
    }
}
