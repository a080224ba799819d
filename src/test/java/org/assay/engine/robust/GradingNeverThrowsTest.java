package org.assay.engine.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.assay.engine.EngineFixtures;
import org.assay.engine.GradingEngine;
import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.GradedExample;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;

/**
 * Grading never throws, whatever a candidate types: generated and mutated text against every rubric under
 * {@code rubrics/} and against rubrics drafted from model answers, with the score always within [0, max].
 */
class GradingNeverThrowsTest {

    private static final GradingEngine ENGINE = EngineFixtures.engine();
    private static final List<Rubric> BANK = bankRubrics();
    private static final List<GradedExample> EXAMPLES = bankExamples();
    private static final List<Rubric> RUBRICS = withDrafts();

    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    private static final List<String> NEGATIONS = List.of("not", "no", "never", "isn't", "doesn't", "without",
            "nothing", "neither", "nor", "n't", "cannot", "not only", "no longer", "hardly");
    private static final List<String> EMOJI = List.of("😀", "🤖", "👍🏽", "🇩🇪", "👨‍👩‍👧", "🔥", "✅", "❌", "➡️");

    @Test
    void theReportedCrashIsGone() {
        Rubric drafted = ENGINE.draft("battery", "Why does the bulb not light?",
                "the battery is contained in a path in which there is no bulb", 5);

        GradeReport report = ENGINE.grade(drafted, "The battery is in a closed path and the bulb is not");

        assertThat(report.score()).isBetween(0.0, 5.0);
    }

    @Test
    void aReferenceMadeOfTheQuestionsWordsStillDrafts() {
        Rubric drafted = ENGINE.draft("bulb", "What happens to the bulb?", "The bulb will light.", 5);

        assertThat(ENGINE.grade(drafted, "The bulb will light up.").score()).isPositive();
        assertThat(ENGINE.grade(drafted, "Nothing happens.").score()).isLessThan(5.0);
    }

    @Test
    void everyExampleAnswerCutAtEveryWordBoundaryGrades() {
        for (GradedExample example : EXAMPLES) {
            Rubric rubric = rubricOf(example);
            String answer = example.answer();
            for (int i = 0; i <= answer.length(); i++) {
                if (i == answer.length() || Character.isWhitespace(answer.charAt(i))) {
                    check(ENGINE, rubric, answer.substring(0, i));
                }
            }
        }
    }

    @Property(tries = 400)
    void anyTextGradesWithinTheRubricsPoints(@ForAll("rubrics") Rubric rubric, @ForAll("texts") String text) {
        check(ENGINE, rubric, text);
    }

    @Property(tries = 200)
    void anyMutatedExampleGradesWithinTheRubricsPoints(@ForAll("mutatedExamples") Case c) {
        check(ENGINE, c.rubric(), c.text());
    }

    record Case(Rubric rubric, String text) {
    }

    private static void check(GradingEngine engine, Rubric rubric, String text) {
        GradeReport report = engine.grade(rubric, text);
        assertThat(report.score()).as("score of %s on %s", abbreviate(text), rubric.id())
                .isBetween(0.0, rubric.points());
        assertThat(report.confidence()).isBetween(0.0, 1.0);
    }

    @Provide
    Arbitrary<Rubric> rubrics() {
        return Arbitraries.of(RUBRICS);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.strings().withChars(".,;:!?-—–()[]{}\"'…/\\*#>|`~_=+&%$@^<").ofMaxLength(200),
                Arbitraries.of(EMOJI).list().ofMaxSize(40).map(list -> String.join(" ", list)),
                Arbitraries.strings().withCharRange('\u0400', '\u04FF').withChars(' ', '.').ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u4E00', '\u4FFF').withChars('。', '，').ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ').ofMaxLength(300),
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().alpha().ofMinLength(10_000).ofMaxLength(10_000),
                Arbitraries.of(EXAMPLES).map(GradedExample::answer).map(GradingNeverThrowsTest::zeroWidth),
                negations()));
    }

    /** Example answers and criterion words buried under repeated negations. */
    private static Arbitrary<String> negations() {
        Arbitrary<String> words = Arbitraries.of(RUBRICS).map(r -> r.criteria().get(0).label());
        return Combinators.combine(Arbitraries.of(NEGATIONS).list().ofMinSize(1).ofMaxSize(30), words)
                .as((cues, label) -> String.join(" ", cues) + " " + label + " " + String.join(" ", cues));
    }

    @Provide
    Arbitrary<Case> mutatedExamples() {
        return Combinators.combine(Arbitraries.of(EXAMPLES), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.strings().all().ofMaxLength(8))
                .as((example, kind, seed, noise) -> new Case(rubricOf(example),
                        mutate(example.answer(), kind, seed, noise)));
    }

    private static String mutate(String answer, int kind, int seed, String noise) {
        int at = answer.isEmpty() ? 0 : seed % answer.length();
        return switch (kind) {
            case 0 -> answer.substring(0, at) + noise + answer.substring(at);
            case 1 -> answer.substring(0, at);
            case 2 -> answer.substring(at);
            case 3 -> answer.replaceAll("\\p{Punct}", "");
            case 4 -> answer.replace(" ", "");
            case 5 -> answer.toUpperCase(java.util.Locale.ROOT);
            case 6 -> answer.replace(".", " not.").replace(" is ", " is not ");
            case 7 -> answer.repeat(8);
            case 8 -> answer.replace(" ", "\n- ");
            default -> String.join(" ", java.util.Collections.nCopies(40, answer.isEmpty() ? "x" : answer
                    .substring(0, Math.min(at + 1, answer.length()))));
        };
    }

    private static String zeroWidth(String answer) {
        var out = new StringBuilder();
        for (int i = 0; i < answer.length(); i++) {
            out.append(answer.charAt(i));
            if (i % 3 == 0) {
                out.append(ZERO_WIDTH.charAt(i % ZERO_WIDTH.length()));
            }
        }
        return out.toString();
    }

    private static Rubric rubricOf(GradedExample example) {
        String qid = example.file().replace(".examples.yaml", "");
        return BANK.stream().filter(r -> r.id().equals(qid)).findFirst().orElseThrow();
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? "\"" + text + "\"" : "\"" + text.substring(0, 117) + "...\"";
    }

    private static List<Path> banks() {
        try (Stream<Path> folders = Files.list(Path.of("rubrics"))) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Rubric> bankRubrics() {
        var loader = new BankLoader();
        return banks().stream().flatMap(folder -> load(loader, folder).rubrics().stream()).toList();
    }

    private static List<GradedExample> bankExamples() {
        var loader = new BankLoader();
        return banks().stream().flatMap(folder -> load(loader, folder).examples().values().stream())
                .flatMap(List::stream).toList();
    }

    private static org.assay.engine.rubric.LoadedBank load(BankLoader loader, Path folder) {
        return loader.load(folder);
    }

    /** The bank's rubrics, and a rubric drafted from each model answer, as evaluate drafts one from a reference. */
    private static List<Rubric> withDrafts() {
        var all = new ArrayList<>(BANK);
        for (Rubric r : BANK) {
            all.add(ENGINE.draft(r.id() + "-draft", r.prompt(), r.modelAnswer(), 5));
        }
        return List.copyOf(all);
    }
}
