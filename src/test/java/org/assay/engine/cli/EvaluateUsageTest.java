package org.assay.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.assay.engine.EngineOptions;
import org.assay.engine.rubric.BankLoader;
import org.junit.jupiter.api.Test;

class EvaluateUsageTest {

    private static final List<String> FLAGS = List.of("--rubrics DIR", "--draft-from-reference", "--in FILE",
            "--out FILE", "--scale N", "--cv-field NAME", "--threads N", "--no-semantic", "--no-wordnet",
            "--no-spelling", "--help");

    private final List<EngineOptions> loads = new ArrayList<>();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void helpPrintsTheUsageOfEveryFlagAndSucceeds() {
        int exit = run("--help");

        assertThat(exit).isEqualTo(EvaluateCommand.OK);
        assertThat(stdout.toString()).startsWith("Usage: evaluate (--rubrics DIR | --draft-from-reference) --in FILE");
        assertThat(stdout.toString().replace('=', ' ')).contains(FLAGS);
        assertThat(stdout.toString()).contains("grade N answers at once (default 1)");
        assertThat(stderr.toString()).isEmpty();
        assertThat(loads).isEmpty();
    }

    @Test
    void anUnknownFlagIsNamedAndFollowedByTheUsageOnStandardError() {
        int exit = run("--draft-from-reference", "--in", "x.jsonl", "--colour", "red");

        assertThat(exit).isEqualTo(EvaluateCommand.FAILED);
        assertThat(stderr.toString()).startsWith("evaluate: unknown option --colour" + System.lineSeparator()
                + "Usage: evaluate");
        assertThat(stderr.toString().replace('=', ' ')).contains(FLAGS);
        assertThat(stdout.toString()).isEmpty();
        assertThat(loads).isEmpty();
    }

    @Test
    void aFlagWithoutItsValueIsRefused() {
        int exit = run("--draft-from-reference", "--in");

        assertThat(exit).isEqualTo(EvaluateCommand.FAILED);
        assertThat(stderr.toString()).startsWith("evaluate: ").contains("--in", "Usage: evaluate");
        assertThat(loads).isEmpty();
    }

    @Test
    void aRepeatedFlagKeepsItsLastValue() {
        int exit = run("--draft-from-reference", "--in", "missing.jsonl", "--threads", "2", "--threads", "0");

        assertThat(exit).isEqualTo(EvaluateCommand.FAILED);
        assertThat(stderr.toString()).contains("evaluate: --threads needs a whole number from 1 to 64, not 0");
    }

    private int run(String... args) {
        return new EvaluateCommand(options -> {
            loads.add(options);
            return null;
        }, new BankLoader(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8)).run(args);
    }
}
