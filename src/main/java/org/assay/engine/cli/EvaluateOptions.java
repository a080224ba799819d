package org.assay.engine.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

import org.assay.engine.EngineOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

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
 * @param routingFigures also print the shares of flagged and routed answers among those far from the human score
 *     and among the others
 * @param train scored rows whose answers become the examples of their qid; empty for the rubric alone
 */
record EvaluateOptions(
        Optional<Path> rubrics,
        boolean draftFromReference,
        Path in,
        Optional<Path> out,
        OptionalDouble scale,
        Optional<String> cvField,
        int threads,
        EngineOptions engine,
        boolean routingFigures,
        Optional<Path> train) {

    /** Points a drafted rubric gets when no --scale is given. */
    static final double DEFAULT_DRAFT_POINTS = 10;
    static final int MAX_THREADS = 64;

    /** Points of a drafted rubric. */
    double draftPoints() {
        return scale.orElse(DEFAULT_DRAFT_POINTS);
    }

    /** A picocli command line over new {@link Arguments}: plain text, no @file expansion, a repeated flag wins last. */
    static CommandLine commandLine() {
        return new CommandLine(new Arguments())
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .setExpandAtFiles(false)
                .setOverwrittenOptionsAllowed(true);
    }

    /** What to tell the user about a command line picocli refused. */
    static String problem(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return "unknown option " + unmatched.getUnmatched().get(0);
        }
        return e.getMessage();
    }

    /** The command line as picocli reads it; {@link #options()} adds the checks that span several options. */
    @Command(name = "evaluate", sortOptions = false, usageHelpWidth = 120,
            customSynopsis = "evaluate (--rubrics DIR | --draft-from-reference) --in FILE [--out FILE] [--train FILE] "
                    + "[options]",
            description = "Grades a JSON Lines file against a question bank and prints agreement figures.")
    static final class Arguments {

        @Spec
        CommandSpec spec;

        @Option(names = "--rubrics", order = 1, paramLabel = "DIR",
                description = "grade against the question bank in DIR (bank.yaml and <qid>.yaml files)")
        Path rubrics;

        @Option(names = "--draft-from-reference", order = 2,
                description = "draft a rubric for each qid from its rows' question and reference")
        boolean draft;

        @Option(names = "--in", order = 3, paramLabel = "FILE", description = {
            "JSON Lines: id, qid, answer (and question, reference when drafting);",
            "a human \"score\" on the same scale turns on the agreement figures"})
        Path in;

        @Option(names = "--out", order = 4, paramLabel = "FILE", description = {
            "JSON Lines: the input fields, a human score renamed human_score, then score, max, flags, criteria "
                    + "(criterion id -> points) and misconceptions (ids found)"})
        Path out;

        private OptionalDouble scale = OptionalDouble.empty();

        @Option(names = "--cv-field", order = 6, paramLabel = "NAME", description = {
            "also report figures for a line y = a + b*score fitted on all other values of NAME and applied to each "
                    + "value in turn (k-fold), clamped to 0..max"})
        String cvField;

        private int threads = 1;

        @Option(names = "--no-semantic", order = 8,
                description = "no sentence embeddings (the embedding model is not loaded)")
        boolean noSemantic;

        @Option(names = "--no-wordnet", order = 9, description = "no WordNet synonyms")
        boolean noWordnet;

        @Option(names = "--no-spelling", order = 10, description = "no tolerance of misspellings")
        boolean noSpelling;

        @Option(names = "--routing-figures", order = 11, description = {
            "also print flagged_far and routed_far (shares of the answers 30%% of the scale or more from the "
                    + "human score that carry any flag, and NEEDS_REVIEW), then flagged_near and routed_near (the "
                    + "same among the others)"})
        boolean routingFigures;

        @Option(names = "--train", order = 12, paramLabel = "FILE", description = {
            "JSON Lines with the fields of --in, score included: each row becomes a scored example of its qid, "
                    + "evidence beside the rubric (a row never serves as its own example: same id, or same "
                    + "\"attempt\"); adds rubric_score, example_shift and neighbours to --out and rubric_ figures"})
        Path train;

        @Option(names = {"-h", "--help"}, order = 13, usageHelp = true, description = "show this help and exit")
        boolean help;

        @Option(names = "--scale", order = 5, paramLabel = "N", description = {
            "report every score on 0..N (default: each rubric's points);",
            "drafted rubrics are worth N points (default 10)"})
        void scale(String text) {
            try {
                double value = Double.parseDouble(text);
                if (value > 0 && Double.isFinite(value)) {
                    scale = OptionalDouble.of(value);
                    return;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw refused("--scale needs a number greater than 0, not " + text);
        }

        @Option(names = "--threads", order = 7, paramLabel = "N", description = "grade N answers at once (default 1)")
        void threads(String text) {
            try {
                int value = Integer.parseInt(text);
                if (value >= 1 && value <= MAX_THREADS) {
                    threads = value;
                    return;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw refused("--threads needs a whole number from 1 to " + MAX_THREADS + ", not " + text);
        }

        /**
         * The options read.
         *
         * @throws ParameterException with a message for the user when they do not go together
         */
        EvaluateOptions options() {
            if ((rubrics != null) == draft) {
                throw refused("give either --rubrics DIR or --draft-from-reference");
            }
            if (in == null) {
                throw refused("--in FILE is required");
            }
            return new EvaluateOptions(Optional.ofNullable(rubrics), draft, in, Optional.ofNullable(out), scale,
                    Optional.ofNullable(cvField), threads, new EngineOptions(!noWordnet, !noSpelling, !noSemantic),
                    routingFigures, Optional.ofNullable(train));
        }

        private ParameterException refused(String message) {
            return new ParameterException(spec.commandLine(), message);
        }
    }
}
