package org.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.Flag;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.ReviewModel;
import org.assay.engine.score.ScoringPolicy;
import org.assay.engine.text.LanguageIdentifier;
import org.junit.jupiter.api.Test;

class ReviewRouteTest {

    private static final GradingEngine LEXICAL = EngineFixtures.engine(new EngineOptions(true, true, false));
    private static final LanguageIdentifier LANGUAGES = LanguageIdentifier.load();
    private static final Rubric TOKENS = new BankLoader().load(Path.of("rubrics/genai-interview")).rubric("q03")
            .orElseThrow();

    private static GradingEngine withLanguages(boolean semantic) {
        return GradingEngine.create(EngineFixtures.analyzer(), EngineFixtures.wordnet(),
                semantic ? Optional.of(EngineFixtures.embedder()) : Optional.empty(), Optional.of(LANGUAGES),
                new EngineOptions(true, true, semantic), ScoringPolicy.DEFAULT);
    }

    @Test
    void anAnswerThatOnlyNamesTheTermsOfOneCriterionGoesToAPersonAndSaysWhy() {
        GradeReport report = LEXICAL.grade(EngineFixtures.ATTENTION,
                "Attention works with the query and the key vectors and then a softmax over them.");

        assertThat(report.score()).isBetween(3.0, 8.5);
        assertThat(report.flags()).filteredOn(f -> f.code() == FlagCode.NEEDS_REVIEW).singleElement()
                .extracting(Flag::message).asString()
                .startsWith("A person should check this grade: the chance that a grader's score for it differs")
                .contains("rest on keywords");
    }

    @Test
    void aCompleteCorrectAnswerAndAnEmptyOneAreNotRouted() {
        GradeReport full = LEXICAL.grade(EngineFixtures.ATTENTION, "Each query is compared with every key, the "
                + "scores go through a softmax, and the output is a weighted sum of the values. Since every pair of "
                + "tokens is scored, the cost grows quadratically with the sequence length.");
        GradeReport nothing = LEXICAL.grade(EngineFixtures.ATTENTION, "I have no idea what attention is about.");

        assertThat(full.score()).isEqualTo(10.0);
        assertThat(full.hasFlag(FlagCode.NEEDS_REVIEW)).isFalse();
        assertThat(nothing.hasFlag(FlagCode.NEEDS_REVIEW)).isFalse();
    }

    @Test
    void anAnswerInAnotherLanguageThatEarnedNothingStillGoesToAPerson() {
        String german = "Ein Token ist die kleinste Einheit, die das Modell liest, meistens ein Wortteil. Seltene "
                + "Wörter werden in mehrere Stücke zerlegt, und weil das Kontextfenster und der Preis in Tokens "
                + "gezählt werden, kosten lange Texte und andere Sprachen mehr.";
        for (boolean semantic : new boolean[] {false, true}) {
            GradeReport report = withLanguages(semantic).grade(TOKENS, german);

            assertThat(report.score()).as("semantic " + semantic).isLessThan(0.3 * TOKENS.points());
            assertThat(report.hasFlag(FlagCode.OTHER_LANGUAGE)).isTrue();
            assertThat(report.hasFlag(FlagCode.NEEDS_REVIEW)).as("semantic " + semantic).isTrue();
        }
    }

    @Test
    void aBriefAnswerWithAMiddleScoreGoesToAPerson() {
        GradeReport brief = withLanguages(true).grade(TOKENS, "A token is a piece of a word, like a subword. It "
                + "matters because the model can only take a maximum number of tokens.");

        // Graders give answers this short less than the criteria they name earn, so a person checks
        assertThat(brief.score()).isBetween(0.3 * TOKENS.points(), 0.85 * TOKENS.points());
        assertThat(brief.review().signals().get("brief")).isPositive();
        assertThat(brief.hasFlag(FlagCode.NEEDS_REVIEW)).isTrue();
    }

    @Test
    void theRouteFollowsTheShippedModelAndRecordsItsSignals() {
        String[] answers = {"A token is a piece of a word. The context window is counted in tokens.",
            "A token is a subword unit. The context window is measured in tokens, so long prompts can run out of "
                    + "room.",
            "Tokens are words."};
        ReviewModel model = ReviewModel.standard(false);
        for (String answer : answers) {
            GradeReport report = LEXICAL.grade(TOKENS, answer);

            assertThat(report.review().signals()).containsKeys("share", "keywords", "uncredited");
            assertThat(report.review().chance()).isEqualTo(model.chance(report.review().signals()), within());
            assertThat(report.hasFlag(FlagCode.NEEDS_REVIEW)).as(answer)
                    .isEqualTo(model.chance(report.review().signals()) >= model.threshold());
        }
    }

    @Test
    void theSignalsSayHowTheAnswerIsPut() {
        var framed = LEXICAL.grade(TOKENS, "The important concepts here are subword units, byte-pair encoding, "
                + "vocabulary size, context limits and API cost, each of which plays a role.").review().signals();
        var reported = LEXICAL.grade(TOKENS, "Some people say that a token is always one whole word. A token is a "
                + "piece of a word, and the context window is counted in tokens.").review().signals();
        var brief = LEXICAL.grade(TOKENS, "A token is a subword unit.").review().signals();
        var explained = LEXICAL.grade(TOKENS, "A token is a subword unit from the tokenizer's vocabulary, so rare "
                + "words are split into several pieces. It matters because the context window and the price are "
                + "counted in tokens, and other languages need more tokens for the same text.").review().signals();

        assertThat(framed.get("list_items")).isGreaterThan(0.4);
        assertThat(explained.get("list_items")).isZero();
        assertThat(reported.get("not_asserted")).isBetween(0.2, 0.6);
        assertThat(explained.get("not_asserted")).isZero();
        assertThat(brief.get("brief")).isGreaterThan(0);
        assertThat(explained.get("brief")).isZero();
        assertThat(explained.get("earned_deducted")).isZero();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.005);
    }
}
