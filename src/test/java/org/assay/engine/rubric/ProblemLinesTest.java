package org.assay.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of problem is reported on the line an author has to change, so an editor can mark that line. */
class ProblemLinesTest {

    /** A valid rubric; the comments give the line numbers the cases below rely on. */
    private static final String VALID = """
            id: q10
            title: Temperature
            prompt: >
              What does the temperature do?
            points: 6
            model_answer: It divides the logits.
            entities:
              greedy: [greedy decoding]
            criteria:
              - id: scales
                label: Rescales the logits
                points: 3
                expressions:
                  - scales the logits
                keywords: [logits, softmax]
                min_keywords: 2
              - id: choice
                label: Chooses a low temperature
                points: 3
                expressions:
                  - low temperature
            misconceptions:
              - id: knowledge
                label: Says temperature adds knowledge
                penalty: 2
                expressions: [more knowledge]
            """;

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("YAML syntax", VALID.replace("title: Temperature", "title: [Temperature"), 2, 3),
                Arguments.of("unknown field", VALID.replace("    keywords:", "    keyword:"), 15, 15),
                Arguments.of("points not a number", VALID.replace("points: 6", "points: six"), 5, 5),
                Arguments.of("points not positive", VALID.replace("    points: 3\n    expressions:\n      - low",
                        "    points: 0\n    expressions:\n      - low"), 19, 19),
                Arguments.of("criteria do not add up to the points", VALID.replace("points: 6", "points: 7"), 5, 5),
                Arguments.of("duplicate criterion id", VALID.replace("id: choice", "id: scales"), 17, 17),
                Arguments.of("min_keywords too large", VALID.replace("min_keywords: 2", "min_keywords: 5"), 16, 16),
                Arguments.of("min_keywords not whole", VALID.replace("min_keywords: 2", "min_keywords: 1.5"), 16, 16),
                Arguments.of("penalty above the points", VALID.replace("penalty: 2", "penalty: 9"), 25, 25),
                Arguments.of("empty expression", VALID.replace("      - low temperature", "      - \"\""), 21, 21),
                Arguments.of("label missing", VALID.replace("    label: Chooses a low temperature\n", ""), 17, 17),
                Arguments.of("label empty", VALID.replace("label: Chooses a low temperature", "label: \"\""),
                        18, 18),
                Arguments.of("expressions not a list", VALID.replace("expressions:\n      - low temperature",
                        "expressions: low temperature"), 20, 20),
                Arguments.of("naming only", VALID.replace("      - low temperature", "      - name: low temperature"),
                        21, 21),
                Arguments.of("about an undeclared entity", VALID.replace("    points: 3\n    expressions:\n      - low",
                        "    points: 3\n    about: nucleus\n    expressions:\n      - low"), 20, 20),
                Arguments.of("entity without names", VALID.replace("greedy: [greedy decoding]", "greedy: []"), 8, 8),
                Arguments.of("field twice", VALID.replace("model_answer: It divides the logits.",
                        "model_answer: It divides the logits.\ntitle: Again"), 7, 7),
                Arguments.of("no criteria", VALID.substring(0, VALID.indexOf("criteria:")) + "criteria: []\n", 9, 9),
                Arguments.of("criterion with nothing to match", VALID.replace(
                        "    expressions:\n      - low temperature\n", ""), 17, 17));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reportsTheLineOfTheOffendingValue(String kind, String yaml, int firstLine, int lastLine) {
        var result = new RubricParser().parse("q10.yaml", yaml);

        assertThat(new RubricParser().parse("q10.yaml", VALID).problems()).isEmpty();
        assertThat(result.problems()).as(kind).isNotEmpty();
        assertThat(result.problems()).as(kind).anySatisfy(problem -> assertThat(problem.line())
                .isBetween(firstLine, lastLine));
    }
}
