package org.assay.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RubricWriterTest {

    private static final Path RUBRICS = Path.of("rubrics");
    private static final long SEED = 20_240_601L;
    private static final int GENERATED_RUBRICS = 300;

    /** Texts a YAML writer easily gets wrong: they look like numbers, booleans, nulls, comments or syntax. */
    private static final List<String> AWKWARD_TEXTS = List.of(
            "yes", "No", "null", "~", "10", "1e3", "0x1F", "3.50", ".inf", "true",
            "key: value", "ends with colon:", "# not a comment", "a # b", "- dash", "* star", "&anchor", "!tag",
            "@at", "%percent", "`tick`", "[bracket", "{brace}", "a, b", "it's", "say \"hi\"", "p(y|x)", "|pipe",
            ">fold", "Spearman ρ and Pearson r", "naïve café", "emoji 🙂 ok", "tab\there", "two  spaces",
            "line one\nline two", "trailing backslash \\", "?question", "'quoted'", "— dash —",
            "a very long sentence that goes well past the folding width of the writer, so that it must be folded "
                    + "across several lines and still read back exactly the same words in the same order, with "
                    + "punctuation: commas, colons and # hashes");

    private final RubricParser parser = new RubricParser();

    @Test
    void writesFieldsInAFixedReadableOrder() {
        Rubric rubric = new Rubric("q01", "Tokens", "What is a token?", 5, "A token is a piece of text.",
                List.of(new Criterion("piece", "A token is a piece of text", 5, List.of("piece of text"),
                        List.of("piece", "text"), 2, List.of("words are split into smaller parts"))),
                List.of(new Misconception("always-word", "Says a token is always a whole word", 2,
                        List.of("always a word"), List.of())),
                Map.of("llm", List.of("large language model"), "gpu", List.of("graphics card")));

        assertThat(RubricWriter.toYaml(rubric)).isEqualTo("""
                id: q01
                title: Tokens
                prompt: What is a token?
                points: 5
                model_answer: A token is a piece of text.
                criteria:
                  - id: piece
                    label: A token is a piece of text
                    points: 5
                    expressions:
                      - piece of text
                    keywords: [piece, text]
                    min_keywords: 2
                    exemplars:
                      - words are split into smaller parts
                misconceptions:
                  - id: always-word
                    label: Says a token is always a whole word
                    penalty: 2
                    expressions:
                      - always a word
                synonyms:
                  gpu: [graphics card]
                  llm: [large language model]
                """);
    }

    @Test
    void readsBackHandBuiltRubricsUnchanged() {
        Rubric fractional = new Rubric("q-2_b", "Fractions", "Split 10 points in thirds", 10,
                "Three parts.", List.of(
                        criterion("one", 3.3333, List.of("first part"), List.of(), 0),
                        criterion("two", 3.3333, List.of(), List.of("second"), 1),
                        criterion("three", 3.3334, List.of(), List.of("third", "part", "last"), 3)),
                List.of(), Map.of());

        assertRoundTrip(fractional);
        assertRoundTrip(randomRubric(new Random(SEED)));
    }

    @Test
    void readsBackGeneratedRubricsWithAwkwardTextUnchanged() {
        Random random = new Random(SEED);

        IntStream.range(0, GENERATED_RUBRICS).forEach(i -> assertRoundTrip(randomRubric(random)));
    }

    @TestFactory
    Stream<DynamicTest> readsBackEveryBankRubricUnchanged() throws IOException {
        if (!Files.isDirectory(RUBRICS)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(RUBRICS)) {
            List<Path> rubricFiles = files.filter(RubricWriterTest::isRubricFile).sorted().toList();
            return rubricFiles.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
                ParseResult parsed = parser.parse(file.toString(), Files.readString(file));
                assertThat(parsed.problems()).isEmpty();
                assertRoundTrip(parsed.rubric().orElseThrow());
            }));
        }
    }

    @Test
    void fingerprintIsTwelveHexCharactersAndIgnoresFormatting() {
        String block = """
                id: q02
                title: Embeddings
                prompt: What is an embedding?
                points: 4
                model_answer: A vector that represents meaning.
                criteria:
                  - id: vector
                    label: It is a vector
                    points: 4
                    keywords:
                      - vector
                      - dense
                """;
        String flow = "{id: q02, title: Embeddings, prompt: 'What is an embedding?', points: 4.0, "
                + "model_answer: \"A vector that represents meaning.\", criteria: [{id: vector, label: It is a vector,"
                + " points: 4, keywords: [vector, dense], min_keywords: 2}]}";
        Rubric fromBlock = parser.parse("block.yaml", block).rubric().orElseThrow();
        Rubric fromFlow = parser.parse("flow.yaml", flow).rubric().orElseThrow();

        assertThat(RubricWriter.fingerprint(fromBlock)).matches("[0-9a-f]{12}")
                .isEqualTo(RubricWriter.fingerprint(fromFlow));
    }

    @Test
    void fingerprintChangesWhenTheRubricChanges() {
        Rubric rubric = randomRubric(new Random(SEED));
        Criterion first = rubric.criteria().get(0);
        List<Criterion> relabelled = new ArrayList<>(rubric.criteria());
        relabelled.set(0, new Criterion(first.id(), first.label() + " too", first.points(), first.expressions(),
                first.keywords(), first.minKeywords(), first.exemplars()));
        Rubric changed = new Rubric(rubric.id(), rubric.title(), rubric.prompt(), rubric.points(),
                rubric.modelAnswer(), relabelled, rubric.misconceptions(), rubric.synonyms());

        assertThat(RubricWriter.fingerprint(changed)).isNotEqualTo(RubricWriter.fingerprint(rubric));
    }

    private void assertRoundTrip(Rubric rubric) {
        String yaml = RubricWriter.toYaml(rubric);
        ParseResult reread = parser.parse("written.yaml", yaml);

        assertThat(reread.problems()).as(yaml).isEmpty();
        assertThat(reread.rubric()).as(yaml).contains(rubric);
        assertThat(RubricWriter.toYaml(reread.rubric().orElseThrow())).isEqualTo(yaml);
    }

    private static boolean isRubricFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") && !name.equals("bank.yaml") && !name.endsWith(".examples.yaml");
    }

    private static Criterion criterion(String id, double points, List<String> expressions, List<String> keywords,
            int minKeywords) {
        return new Criterion(id, "Label of " + id, points, expressions, keywords, minKeywords, List.of());
    }

    /** A valid rubric with random structure and texts drawn from {@link #AWKWARD_TEXTS}. */
    private static Rubric randomRubric(Random random) {
        int criteriaCount = 1 + random.nextInt(4);
        List<Criterion> criteria = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < criteriaCount; i++) {
            double points = (1 + random.nextInt(8)) / 2.0;
            total += points;
            List<String> keywords = texts(random, random.nextInt(4));
            List<String> expressions = texts(random, keywords.isEmpty() ? 1 + random.nextInt(3) : random.nextInt(3));
            int minKeywords = keywords.isEmpty() ? 0 : 1 + random.nextInt(keywords.size());
            criteria.add(new Criterion("c" + i, text(random), points, expressions, keywords, minKeywords,
                    texts(random, random.nextInt(3))));
        }
        List<Misconception> misconceptions = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            misconceptions.add(new Misconception("m-" + i, text(random), Math.min(total, 1 + random.nextInt(3)),
                    texts(random, 1 + random.nextInt(2)), texts(random, random.nextInt(2))));
        }
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            synonyms.put(text(random), texts(random, 1 + random.nextInt(2)));
        }
        return new Rubric("q" + random.nextInt(100), text(random), text(random), total, text(random), criteria,
                misconceptions, synonyms);
    }

    private static List<String> texts(Random random, int count) {
        return IntStream.range(0, count).mapToObj(i -> text(random)).toList();
    }

    private static String text(Random random) {
        return AWKWARD_TEXTS.get(random.nextInt(AWKWARD_TEXTS.size()));
    }
}
