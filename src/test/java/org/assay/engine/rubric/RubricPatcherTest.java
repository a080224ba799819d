package org.assay.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.github.difflib.DiffUtils;

class RubricPatcherTest {

    private static final Path RUBRICS = Path.of("rubrics");
    private static final long SEED = 17L;

    private final RubricParser parser = new RubricParser();

    private static final String COMMENTED = """
            # Temperature question, reviewed by the panel
            id: q10
            title: Temperature
            prompt: >
              What does the temperature setting do?
            points: 6
            model_answer: >
              It divides the logits before the softmax. Low values make decoding nearly greedy.
            criteria:
              # the mechanism first
              - id: scales_logits
                label: Rescales the logits
                points: 3   # most of the marks
                expressions:
                  - scales the logits
                  - "divides the logits"
                  - name: logit scaling
                keywords: [logits, softmax]
              - id: qa_choice
                label: Chooses a low temperature
                points: 3
                expressions:
                  - low temperature   # too loose?
                  - temperature of zero
            synonyms:
              llm: [large language model]
            """;

    @TestFactory
    Stream<DynamicTest> anUnchangedRubricKeepsEveryByte() throws IOException {
        return rubricFiles().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            var text = Files.readString(file);
            var rubric = parser.parse(file.toString(), text).rubric().orElseThrow();
            assertThat(RubricPatcher.patch(text, rubric)).isEqualTo(text);
        }));
    }

    @TestFactory
    Stream<DynamicTest> changingOneExpressionChangesOneLine() throws IOException {
        return rubricFiles().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            var text = Files.readString(file);
            var rubric = parser.parse(file.toString(), text).rubric().orElseThrow();
            for (int c = 0; c < rubric.criteria().size(); c++) {
                if (rubric.criteria().get(c).expressions().isEmpty()) {
                    continue;
                }
                var changed = withCriterion(rubric, c, crit -> withExpressions(crit,
                        replaceFirst(crit.expressions(), "chosen " + crit.expressions().get(0))));
                var patched = RubricPatcher.patch(text, changed);
                assertThat(changedLines(text, patched)).as(file + " criterion " + c).isEqualTo(new int[] {1, 1});
                assertThat(parse(patched)).isEqualTo(changed);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> randomEditsStayLocalAndMeanTheDraft() throws IOException {
        var random = new Random(SEED);
        return rubricFiles().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            var text = Files.readString(file);
            var rubric = parser.parse(file.toString(), text).rubric().orElseThrow();
            for (int round = 0; round < 20; round++) {
                int c = random.nextInt(rubric.criteria().size());
                var crit = rubric.criteria().get(c);
                Rubric changed = switch (random.nextInt(4)) {
                    case 0 -> withCriterion(rubric, c, x -> withExpressions(x, append(x.expressions(), "new phrase")));
                    case 1 -> withCriterion(rubric, c, x -> x.keywords().isEmpty() ? withLabel(x, "Renamed")
                            : withKeywords(x, append(x.keywords(), "extra")));
                    case 2 -> withCriterion(rubric, c, x -> withLabel(x, x.label() + " (revised)"));
                    default -> withCriterion(rubric, c, x -> withExemplars(x, append(x.exemplars(),
                            "a further example sentence")));
                };
                var patched = RubricPatcher.patch(text, changed);
                assertThat(parse(patched)).as(file + " " + crit.id()).isEqualTo(changed);
                var lines = changedLines(text, patched);
                assertThat(lines[0] + lines[1]).as(file + " " + crit.id()).isBetween(1, 2);
            }
        }));
    }

    @Test
    void keepsCommentsQuotesAndBlockStyles() {
        var rubric = parse(COMMENTED);
        var changed = withCriterion(rubric, 1, c -> withExpressions(c, List.of("choose a low temperature",
                "temperature of zero")));
        changed = withCriterion(changed, 0, c -> withLabel(c, "Divides the logits"));

        var patched = RubricPatcher.patch(COMMENTED, changed);

        assertThat(patched).isEqualTo(COMMENTED.replace("- low temperature   # too loose?",
                "- choose a low temperature   # too loose?").replace("label: Rescales the logits",
                "label: Divides the logits"));
    }

    @Test
    void changedPointsTouchOnlyTheirLines() {
        var rubric = parse(COMMENTED);
        var changed = withCriterion(withCriterion(rubric, 0, c -> withPoints(c, 2)), 1, c -> withPoints(c, 4));

        var patched = RubricPatcher.patch(COMMENTED, changed);

        assertThat(patched).isEqualTo(COMMENTED.replace("points: 3   # most", "points: 2   # most")
                .replace("    points: 3\n    expressions:\n      - low",
                        "    points: 4\n    expressions:\n      - low"));
    }

    @Test
    void aNewModelAnswerKeepsItsFoldedStyle() {
        var rubric = parse(COMMENTED);
        var changed = new Rubric(rubric.id(), rubric.title(), rubric.prompt(), rubric.points(),
                "It divides the logits. Zero is greedy.", rubric.criteria(), rubric.misconceptions(),
                rubric.synonyms(), rubric.entities());

        var patched = RubricPatcher.patch(COMMENTED, changed);

        assertThat(patched).contains("model_answer: >\n  It divides the logits. Zero is greedy.\ncriteria:\n");
        assertThat(changedLines(COMMENTED, patched)).isEqualTo(new int[] {1, 1});
        assertThat(parse(patched)).isEqualTo(changed);
    }

    @Test
    void addsAndRemovesItemsBesideTheirNeighbours() {
        var rubric = parse(COMMENTED);
        var misconception = new Misconception("linear", "Says the cost is linear", 2, List.of("linear cost"),
                List.of(), "");
        var changed = new Rubric(rubric.id(), rubric.title(), rubric.prompt(), rubric.points(),
                rubric.modelAnswer(), rubric.criteria(), List.of(misconception), rubric.synonyms(),
                rubric.entities());
        changed = withCriterion(changed, 0, c -> withExpressions(c, List.of("scales the logits")));

        var patched = RubricPatcher.patch(COMMENTED, changed);

        assertThat(parse(patched)).isEqualTo(changed);
        assertThat(patched).contains("# the mechanism first", "# too loose?", "# most of the marks",
                "      - scales the logits\n      - name: logit scaling\n");
        assertThat(patched).contains("misconceptions:\n  - id: linear\n");
        var lines = changedLines(COMMENTED, patched);
        assertThat(lines[0]).isEqualTo(1);
    }

    @Test
    void anInvalidOriginalIsWrittenAfresh() {
        var rubric = parse(COMMENTED);
        assertThat(RubricPatcher.patch("id: [", rubric)).isEqualTo(RubricWriter.toYaml(rubric));
    }

    private Rubric parse(String yaml) {
        return parser.parse("test.yaml", yaml).rubric().orElseThrow();
    }

    /** How many lines were removed and added. */
    static int[] changedLines(String before, String after) {
        int removed = 0;
        int added = 0;
        for (var delta : DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
            removed += delta.getSource().size();
            added += delta.getTarget().size();
        }
        return new int[] {removed, added};
    }

    private static Stream<Path> rubricFiles() throws IOException {
        try (var files = Files.walk(RUBRICS)) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z0-9_-]+\\.yaml")
                    && !p.getFileName().toString().equals("bank.yaml")).sorted().toList().stream();
        }
    }

    private static Rubric withCriterion(Rubric rubric, int index, UnaryOperator<Criterion> change) {
        var criteria = new ArrayList<>(rubric.criteria());
        criteria.set(index, change.apply(criteria.get(index)));
        return new Rubric(rubric.id(), rubric.title(), rubric.prompt(), rubric.points(), rubric.modelAnswer(),
                criteria, rubric.misconceptions(), new LinkedHashMap<>(rubric.synonyms()), rubric.entities());
    }

    private static Criterion withExpressions(Criterion c, List<String> expressions) {
        return new Criterion(c.id(), c.label(), c.points(), expressions, c.keywords(), c.minKeywords(),
                c.exemplars(), c.about(), c.naming());
    }

    private static Criterion withKeywords(Criterion c, List<String> keywords) {
        return new Criterion(c.id(), c.label(), c.points(), c.expressions(), keywords, c.minKeywords(),
                c.exemplars(), c.about(), c.naming());
    }

    private static Criterion withExemplars(Criterion c, List<String> exemplars) {
        return new Criterion(c.id(), c.label(), c.points(), c.expressions(), c.keywords(), c.minKeywords(),
                exemplars, c.about(), c.naming());
    }

    private static Criterion withLabel(Criterion c, String label) {
        return new Criterion(c.id(), label, c.points(), c.expressions(), c.keywords(), c.minKeywords(),
                c.exemplars(), c.about(), c.naming());
    }

    private static Criterion withPoints(Criterion c, double points) {
        return new Criterion(c.id(), c.label(), points, c.expressions(), c.keywords(), c.minKeywords(),
                c.exemplars(), c.about(), c.naming());
    }

    private static List<String> replaceFirst(List<String> list, String first) {
        var out = new ArrayList<>(list);
        out.set(0, first);
        return out;
    }

    private static List<String> append(List<String> list, String item) {
        var out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
