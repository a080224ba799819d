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

/**
 * Every rule of stance-rules.yaml does what its examples say, and each positive example needs its rule: without the
 * rule, the example reads otherwise.
 */
class StanceRulesTest {

    private static final TextAnalyzer ANALYZER = EngineFixtures.analyzer();
    private static final StanceRules TABLE = StanceRules.standard();

    @TestFactory
    Stream<DynamicTest> everyRuleGovernsTheBracketedWordsOfItsPositiveExamples() {
        return examples(true);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleLeavesItsNegativeExamplesAlone() {
        return examples(false);
    }

    private static Stream<DynamicTest> examples(boolean positive) {
        List<DynamicTest> tests = new ArrayList<>();
        for (StanceRules.Rule rule : TABLE.rules()) {
            List<String> examples = positive ? rule.positive() : rule.negative();
            assertThat(examples).as(rule.id() + (positive ? " has positive" : " has negative") + " examples")
                    .isNotEmpty();
            for (String example : examples) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + example, () -> check(rule, example, positive)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyNegationRuleIsNeededByItsPositiveExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (StanceRules.Rule rule : TABLE.rules()) {
            if (rule.kind().stance() != null) {
                continue;
            }
            StanceRules without = new StanceRules(TABLE.version(), TABLE.sets(),
                    TABLE.rules().stream().filter(r -> r != rule).toList());
            for (String example : rule.positive()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + example, () -> {
                    AnalyzedText text = ANALYZER.analyze(example.replace("[", "").replace("]", ""));
                    if (rule.kind().denial()) {
                        int subject = firstBracketed(example, text);
                        assertThat(denied(new Denials(without), rule, text.tokens(), subject))
                                .as("without " + rule.id()).isFalse();
                    } else {
                        assertThat(negated(new NegationDetector(without), text))
                                .as("without " + rule.id()).isNotEqualTo(negated(new NegationDetector(TABLE), text));
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aRuleNamingAnUnknownSetIsRejectedWithItsIdAndLine() {
        String yaml = """
                version: 1
                sets: {a: [x]}
                rules:
                  - {id: fine, kind: reported, patterns: [[x]]}
                  - {id: broken, kind: reported, patterns: [["$missing"]], positive: [], negative: []}
                """;
        assertThatThrownBy(() -> StanceRules.parse(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule broken (line 5)").hasMessageContaining("$missing");
    }

    @Test
    void malformedRuleFilesAreRejectedWithWhatIsWrong() {
        assertThatThrownBy(() -> StanceRules.parse("""
                version: 1
                sets: {}
                rules:
                  - {id: typo, kind: negashun, patterns: [[not]]}
                """)).hasMessageContaining("rule typo (line 4)").hasMessageContaining("unknown kind negashun")
                .hasMessageContaining("scope-end");
        assertThatThrownBy(() -> StanceRules.parse("""
                version: 1
                sets: {}
                rules:
                  - id: stray
                    kind: scope-end
                    patterns: [[but]]
                    reach: 3
                """)).hasMessageContaining("rule stray (line 4)").hasMessageContaining("no field \"reach\"");
        assertThatThrownBy(() -> StanceRules.parse("""
                version: 1
                sets: {}
                rules:
                  - {id: bare, kind: negation}
                """)).hasMessageContaining("rule bare (line 4)").hasMessageContaining("patterns");
        assertThatThrownBy(() -> StanceRules.parse("""
                version: 1
                sets: {}
                rules:
                  - {id: twice, kind: negation, patterns: [[not]]}
                  - {id: twice, kind: negation, patterns: [[never]]}
                """)).hasMessageContaining("rule twice (line 5)").hasMessageContaining("taken");
        assertThatThrownBy(() -> StanceRules.parse("""
                version: 1
                sets: {a: [no]}
                rules: []
                """)).hasMessageContaining("in quotes");
        assertThatThrownBy(() -> StanceRules.parse("""
                version: 1
                sets: {a: ["$b"], b: [x]}
                rules: []
                """)).hasMessageContaining("word set a names $b");
        assertThatThrownBy(() -> StanceRules.parse("sets: {}\nrules: []\n")).hasMessageContaining("version");
        assertThatThrownBy(() -> StanceRules.parse("version: 1\nsets: {}\nrules: [")).hasMessageContaining("YAML");
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

    @Test
    void aNegationCueAndAScopeEndAddedAsDataTakeEffect() {
        String yaml = """
                version: 1
                sets: {}
                rules:
                  - {id: hardly, kind: negation, patterns: [[hardly]]}
                  - {id: semicolon, kind: scope-end, patterns: [[";"]]}
                """;
        String[] words = {"it", "hardly", "helps", "here", ";", "it", "works"};
        String[] tags = {"PRON", "ADV", "VERB", "ADV", "PUNCT", "PRON", "VERB"};
        boolean[] cue = new boolean[words.length];
        boolean[] negated = new boolean[words.length];
        new NegationDetector(StanceRules.parse(yaml)).mark(words, words, tags, cue, negated);
        assertThat(negated).containsExactly(false, false, true, true, false, false, false);
        assertThat(cue).containsExactly(false, true, false, false, false, false, false);
    }

    /** The words the rule governs are exactly the bracketed ones; for a denial, whether it holds of the subject. */
    private static void check(StanceRules.Rule rule, String example, boolean positive) {
        String plain = example.replace("[", "").replace("]", "");
        AnalyzedText text = ANALYZER.analyze(plain);
        if (rule.kind().denial()) {
            int subject = firstBracketed(example, text);
            assertThat(denied(Denials.standard(), rule, text.tokens(), subject)).as(example).isEqualTo(positive);
            return;
        }
        if (!example.contains("[")) {
            assertThat(text.tokens().stream().filter(affected(rule)).map(Token::text)).as(example).isEmpty();
            return;
        }
        boolean[] inside = bracketed(example, plain.length());
        for (Token t : text.tokens()) {
            if (t.isWord() && !t.negationCue()) {
                assertThat(affected(rule).test(t)).as("\"" + t.text() + "\" in: " + example)
                        .isEqualTo(inside[t.start()]);
            }
        }
    }

    private static boolean denied(Denials denials, StanceRules.Rule rule, List<Token> tokens, int word) {
        if (rule.kind() == StanceRules.Kind.REMOVAL) {
            return denials.negatesARemoval(tokens, word);
        }
        int scope = denials.denialAfterSubject(tokens, word);
        return scope >= 0 && denials.deniesUse(tokens, scope);
    }

    /** The negated tokens as the detector marks them, with a spaced hyphen read as a dash as the analysis does. */
    private static List<Boolean> negated(NegationDetector detector, AnalyzedText text) {
        List<Boolean> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = text.tokens().subList(s.firstToken(), s.endToken());
            String[] lower = tokens.stream().map(t -> "-".equals(t.text()) && spaced(text.original(), t) ? "—"
                    : t.lower()).toArray(String[]::new);
            String[] lemma = tokens.stream().map(Token::lemma).toArray(String[]::new);
            String[] tag = tokens.stream().map(Token::tag).toArray(String[]::new);
            boolean[] negated = new boolean[lower.length];
            detector.mark(lower, lemma, tag, new boolean[lower.length], negated);
            for (boolean b : negated) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean spaced(String text, Token t) {
        return t.start() > 0 && t.end() < text.length() && Character.isWhitespace(text.charAt(t.start() - 1))
                && Character.isWhitespace(text.charAt(t.end()));
    }

    private static int firstBracketed(String example, AnalyzedText text) {
        int at = example.indexOf('[');
        assertThat(at).as("a denial example brackets its subject: " + example).isNotNegative();
        return text.tokens().stream().filter(t -> t.start() == at).findFirst().orElseThrow().index();
    }

    private static Predicate<Token> affected(StanceRules.Rule rule) {
        return rule.kind().stance() == null ? Token::negated : t -> !t.asserted();
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
