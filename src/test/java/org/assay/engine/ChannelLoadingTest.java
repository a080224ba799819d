package org.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.assay.engine.match.Lexicon;
import org.assay.engine.semantic.SentenceEmbedder;

class ChannelLoadingTest {

    @Test
    void aChannelThatCannotLoadIsLeftOutAndTheEngineStillGrades() {
        GradingEngine engine = GradingEngine.load(EngineOptions.defaults(), EngineFixtures::wordnet,
                ChannelLoadingTest::missingNativeLibrary);

        assertThat(engine.channels()).containsExactly(Channel.OPENNLP, Channel.WORDNET, Channel.SPELLING);
        assertThat(engine.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.channel()).isEqualTo(Channel.SEMANTIC);
            assertThat(failure.reason()).contains("NoClassDefFoundError").contains("org/slf4j/LoggerFactory");
        });
        var report = engine.grade(EngineFixtures.ATTENTION,
                "Every token is compared with every other token, so the cost grows quadratically with length.");
        assertThat(report.score()).isPositive();
        assertThat(report.channels()).containsExactly("opennlp", "wordnet", "spelling");
    }

    @Test
    void everyChannelThatLoadedIsRecordedInTheReport() {
        GradingEngine engine = GradingEngine.load(new EngineOptions(true, false, false), EngineFixtures::wordnet,
                ChannelLoadingTest::missingNativeLibrary);

        assertThat(engine.failures()).isEmpty();
        assertThat(engine.grade(EngineFixtures.ATTENTION, "attention").channels())
                .containsExactly("opennlp", "wordnet");
    }

    @Test
    void aFailingLexiconLeavesSynonymsOut() {
        GradingEngine engine = GradingEngine.load(new EngineOptions(true, true, false), ChannelLoadingTest::broken,
                ChannelLoadingTest::missingNativeLibrary);

        assertThat(engine.channels()).doesNotContain(Channel.WORDNET);
        assertThat(engine.failures()).extracting(ChannelFailure::channel).containsExactly(Channel.WORDNET);
        assertThat(engine.failures().get(0).reason()).contains("dictionary is damaged");
    }

    private static SentenceEmbedder missingNativeLibrary() {
        throw new NoClassDefFoundError("org/slf4j/LoggerFactory");
    }

    private static Lexicon broken() {
        throw new IllegalStateException("Cannot open WordNet", new java.io.IOException("dictionary is damaged"));
    }
}
