package org.assay.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.assay.engine.EngineFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule of stance-rules.yaml does what its examples say. */
class StanceRulesTest {

    private static final TextAnalyzer ANALYZER = EngineFixtures.analyzer();

    @TestFactory
    Stream<DynamicTest> everyRuleGovernsTheBracketedWordsOfItsPositiveExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (StanceRules.Rule rule : StanceRules.standard().rules()) {
            assertThat(rule.positive()).as(rule.id() + " has positive examples").isNotEmpty();
            for (String example : rule.positive()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + example, () -> {
                    String plain = example.replace("[", "").replace("]", "");
                    AnalyzedText text = ANALYZER.analyze(plain);
                    boolean[] inside = bracketed(example, plain.length());
                    for (Token t : text.tokens()) {
                        if (t.isWord() && !t.negationCue()) {
                            assertThat(affected(rule).test(t)).as("\"" + t.text() + "\" in: " + example)
                                    .isEqualTo(inside[t.start()]);
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleLeavesItsNegativeExamplesAlone() {
        List<DynamicTest> tests = new ArrayList<>();
        for (StanceRules.Rule rule : StanceRules.standard().rules()) {
            assertThat(rule.negative()).as(rule.id() + " has negative examples").isNotEmpty();
            for (String example : rule.negative()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + example, () -> assertThat(
                        ANALYZER.analyze(example).tokens().stream().filter(affected(rule)).map(Token::text))
                        .as(example).isEmpty()));
            }
        }
        return tests.stream();
    }

    @Test
    void aRuleNamingAnUnknownSetIsRejectedWithItsId() {
        String yaml = """
                version: 1
                sets: {a: [x]}
                rules:
                  - {id: broken, kind: reported, patterns: [["$missing"]], positive: [], negative: []}
                """;
        assertThatThrownBy(() -> StanceRules.parse(yaml)).hasMessageContaining("broken")
                .hasMessageContaining("$missing");
    }

    @Test
    void aRuleAddedAsDataTakesEffect() {
        String yaml = """
                version: 1
                sets: {claim-boundaries: [","], clause-boundaries: [","]}
                rules:
                  - {id: rumour, kind: reported, patterns: [[rumour, has, it]], positive: [], negative: []}
                """;
        StanceDetector detector = new StanceDetector(StanceRules.parse(yaml));
        String[] words = {"rumour", "has", "it", "rag", "retrains", ",", "fine"};
        String[] tags = {"NOUN", "VERB", "PRON", "NOUN", "VERB", "PUNCT", "ADJ"};
        Stance[] stances = detector.mark(List.of(new StanceDetector.Words(words, words, tags)))[0];
        assertThat(stances).containsExactly(Stance.REPORTED, Stance.REPORTED, Stance.REPORTED, Stance.REPORTED,
                Stance.REPORTED, Stance.ASSERTED, Stance.ASSERTED);
    }

    private static Predicate<Token> affected(StanceRules.Rule rule) {
        return rule.kind() == StanceRules.Kind.NEGATION ? Token::negated : t -> !t.asserted();
    }

    private static boolean[] bracketed(String example, int length) {
        boolean[] inside = new boolean[length + 1];
        boolean open = false;
        int k = 0;
        for (char c : example.toCharArray()) {
            if (c == '[' || c == ']') {
                open = c == '[';
            } else {
                inside[k++] = open;
            }
        }
        return inside;
    }
}
