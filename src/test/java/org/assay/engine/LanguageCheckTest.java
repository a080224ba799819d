package org.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.assay.engine.match.Lexicon;
import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.ScoringPolicy;
import org.assay.engine.text.LanguageIdentifier;

class LanguageCheckTest {

    private static final LanguageIdentifier LANGUAGES = LanguageIdentifier.load();
    private static final GradingEngine ENGINE = GradingEngine.create(EngineFixtures.analyzer(),
            EngineFixtures.wordnet(), Optional.empty(), Optional.of(LANGUAGES), new EngineOptions(true, true, false),
            ScoringPolicy.DEFAULT);
    private static final Rubric TOKENS = new BankLoader().load(Path.of("rubrics/genai-interview")).rubric("q03")
            .orElseThrow();

    private static final String GERMAN = "Ein Token ist die kleinste Einheit, die das Modell liest, meistens ein "
            + "Wortteil. Seltene Wörter werden in mehrere Stücke zerlegt, und weil das Kontextfenster und der Preis "
            + "in Tokens gezählt werden, kosten lange Texte und andere Sprachen mehr.";
    private static final String SPANISH = "Un token es la unidad básica que lee el modelo, normalmente un trozo de "
            + "palabra. Las palabras raras se dividen en varios trozos, y como la ventana de contexto y el precio se "
            + "cuentan en tokens, los textos largos cuestan más.";

    @Test
    void namesTheLanguageOfALongEnoughAnswer() {
        assertThat(LANGUAGES.otherThan(GERMAN, LanguageIdentifier.ENGLISH)).get()
                .satisfies(l -> assertThat(l.name()).isEqualTo("German"));
        assertThat(LANGUAGES.otherThan(SPANISH, LanguageIdentifier.ENGLISH)).get()
                .satisfies(l -> assertThat(l.name()).isEqualTo("Spanish"));
    }

    @Test
    void englishShorthandAndShortTextsAreNotCalledForeign() {
        assertThat(LANGUAGES.otherThan("QK^T softmax, O(n^2) per layer, KV cache, flash attention, sliding window",
                LanguageIdentifier.ENGLISH)).isEmpty();
        assertThat(LANGUAGES.otherThan("Tokens sind Wortteile.", LanguageIdentifier.ENGLISH)).isEmpty();
        assertThat(LANGUAGES.otherThan("A token is a piece of a word; the context window and the price are counted "
                + "in tokens, so rare words and other languages cost more.", LanguageIdentifier.ENGLISH)).isEmpty();
    }

    @Test
    void anAnswerInAnotherLanguageGoesToAPersonAndIsNeitherCappedNorZeroed() {
        for (String answer : new String[] {GERMAN, SPANISH}) {
            GradeReport report = ENGINE.grade(TOKENS, answer);

            assertThat(report.hasFlag(FlagCode.OTHER_LANGUAGE)).as(answer).isTrue();
            assertThat(report.hasFlag(FlagCode.KEYWORD_LIST)).as(answer).isFalse();
            assertThat(report.hasFlag(FlagCode.OFF_TOPIC)).as(answer).isFalse();
            assertThat(report.flags()).filteredOn(f -> f.code() == FlagCode.OTHER_LANGUAGE).first()
                    .extracting(f -> f.message()).asString().contains("not in English");
        }
    }

    @Test
    void anEnglishAnswerIsNotFlagged() {
        GradeReport report = ENGINE.grade(TOKENS, "A token is a piece of a word that the model reads; the context "
                + "window and the price of a call are counted in tokens, so rare words cost more.");

        assertThat(report.hasFlag(FlagCode.OTHER_LANGUAGE)).isFalse();
    }

    @Test
    void anEngineWithoutTheLanguageModelStillGrades() {
        GradingEngine engine = GradingEngine.load(new EngineOptions(false, false, false), () -> Lexicon.NONE,
                () -> null, () -> {
                    throw new IllegalStateException("model jar missing");
                });

        assertThat(engine.failures()).extracting(ChannelFailure::channel).containsExactly(Channel.LANGUAGE);
        assertThat(engine.channels()).doesNotContain(Channel.LANGUAGE);
        assertThat(engine.grade(TOKENS, GERMAN).hasFlag(FlagCode.OTHER_LANGUAGE)).isFalse();
    }
}
