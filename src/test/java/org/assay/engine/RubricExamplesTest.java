package org.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.GradedExample;
import org.assay.engine.rubric.LoadedBank;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricProblem;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Grades every graded example of every bank under {@code rubrics/} and checks the score is within the example's
 * tolerance and the expected flags are raised. A failure names the example's file and line.
 */
class RubricExamplesTest {

    private static final Path RUBRICS = Path.of("rubrics");
    private static final BankLoader LOADER = new BankLoader();

    /** One engine with every channel, loaded when the first example is graded and shared by all of them. */
    private static final class Shared {
        static final GradingEngine ENGINE = load();

        private static GradingEngine load() {
            System.setProperty("ai.djl.offline", "true");
            System.setProperty("OPT_OUT_TRACKING", "true");
            return GradingEngine.load(EngineOptions.defaults());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBankLoadsWithoutProblems() throws IOException {
        List<Path> banks = banks();
        if (banks.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("rubrics/ holds at least one bank",
                    () -> fail("no bank folder under " + RUBRICS.toAbsolutePath())));
        }
        return banks.stream().map(folder -> DynamicTest.dynamicTest(folder.toString(), () -> {
            LoadedBank bank = LOADER.load(folder);
            assertThat(bank.problems()).as("problems in %s", folder).extracting(RubricProblem::toString).isEmpty();
            assertThat(bank.rubrics()).as("rubrics in %s", folder).isNotEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleScoresWithinItsTolerance() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path folder : banks()) {
            LoadedBank bank = LOADER.load(folder);
            bank.examples().forEach((qid, examples) -> {
                Optional<Rubric> rubric = bank.rubric(qid);
                for (GradedExample example : examples) {
                    String where = folder.resolve(example.file()) + ":" + example.line();
                    tests.add(DynamicTest.dynamicTest(where + " " + example.kind().yamlName(),
                            () -> check(where, rubric.orElseThrow(() -> new AssertionError(
                                    where + ": the rubric " + qid + ".yaml did not load")), example)));
                }
            });
        }
        return tests.stream();
    }

    private static void check(String where, Rubric rubric, GradedExample example) {
        GradeReport report = Shared.ENGINE.grade(rubric, example.answer());
        List<FlagCode> missingFlags = example.flags().stream().filter(f -> !report.hasFlag(f)).toList();
        if (!example.accepts(report.score()) || !missingFlags.isEmpty()) {
            fail(describe(where, example, report, missingFlags));
        }
    }

    private static String describe(String where, GradedExample example, GradeReport report,
            List<FlagCode> missingFlags) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s (%s): expected %s ± %s, computed %s of %s%n", where,
                example.kind().yamlName(), example.score(), round(example.tolerance()), round(report.score()),
                report.max()));
        if (!missingFlags.isEmpty()) {
            text.append("  missing flags: ").append(missingFlags).append('\n');
        }
        report.flags().forEach(f -> text.append("  flag ").append(f.code()).append(": ").append(f.message())
                .append('\n'));
        report.criteria().forEach(c -> text.append(String.format("  criterion %s: %s of %s, %s; evidence: %s%n",
                c.id(), round(c.points()), c.max(), c.status(), c.evidence().stream()
                        .map(e -> "\"" + e.text() + "\" ~ \"" + e.matched() + "\" " + e.kind()
                                + (e.negated() ? " negated" : ""))
                        .collect(Collectors.joining(", ")))));
        report.misconceptions().forEach(m -> text.append(String.format("  misconception %s: -%s%n", m.id(),
                m.penalty())));
        text.append("  answer: ").append(example.answer());
        return text.toString();
    }

    private static List<Path> banks() throws IOException {
        if (!Files.isDirectory(RUBRICS)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(RUBRICS)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
