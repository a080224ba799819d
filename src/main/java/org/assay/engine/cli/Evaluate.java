package org.assay.engine.cli;

import org.assay.engine.GradingEngine;
import org.assay.engine.examples.Examined;
import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;

/**
 * Entry point of the evaluate command; see {@link EvaluateCommand}. Run with
 * {@code mvn -q compile exec:java@evaluate -Dexec.args="--rubrics rubrics/genai-interview --in a.jsonl --out p.jsonl"}.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) {
        keepModelLibrariesOffline();
        EvaluateCommand command = new EvaluateCommand(options -> {
            GradingEngine engine = GradingEngine.load(options);
            engine.failures().forEach(failure -> System.err.println("evaluate: grading without the "
                    + failure.channel().key() + " channel, which did not load: " + failure.reason()));
            return new EvaluationEngine() {
                @Override
                public GradeReport grade(Rubric rubric, String answer) {
                    return engine.grade(rubric, answer);
                }

                @Override
                public Examined examine(Rubric rubric, String answer) {
                    return engine.examine(rubric, answer);
                }

                @Override
                public Rubric draft(String id, String question, String reference, double points) {
                    return engine.draft(id, question, reference, points);
                }
            };
        }, new BankLoader(), System.out, System.err);
        System.exit(command.run(args));
    }

    /** DJL, under the embedding model, phones home unless told not to before it loads. */
    static void keepModelLibrariesOffline() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", "target/djl");
        }
    }
}
