package org.assay.engine.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.engine.EngineFixtures;
import org.assay.engine.EngineOptions;
import org.junit.jupiter.api.Test;

/** What the engine keeps of an answer for the examples channel. */
class ExaminedFeaturesTest {

    private static final String ANSWER = "Each query is compared with every key, and the output is a weighted sum "
            + "of the values. The cost does not grow linearly.";

    @Test
    void theReportIsTheRubricsAndTheFeaturesHoldMeaningWordsAndCriteria() {
        var engine = EngineFixtures.engine();

        Examined examined = engine.examine(EngineFixtures.ATTENTION, ANSWER);

        assertThat(examined.report()).isEqualTo(engine.grade(EngineFixtures.ATTENTION, ANSWER));
        assertThat(examined.features().vector()).hasSize(384);
        assertThat(examined.features().lemmas()).contains("query", "key", "not_grow");
        assertThat(examined.features().criteria()).hasSize(EngineFixtures.ATTENTION.criteria().size());
        assertThat(examined.features().rubricShare())
                .isEqualTo(examined.report().score() / examined.report().max());
    }

    @Test
    void withoutTheSemanticChannelThereIsNoEmbeddingAndAnEmptyAnswerIsFine() {
        var engine = EngineFixtures.engine(new EngineOptions(true, true, false));

        assertThat(engine.examine(EngineFixtures.ATTENTION, ANSWER).features().vector()).isNull();
        assertThat(engine.examine(EngineFixtures.ATTENTION, "   ").features().lemmas()).isEmpty();
    }
}
