package org.assay.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.assay.engine.EngineFixtures;
import org.junit.jupiter.api.Test;

class MiniLmSentenceEmbedderTest {

    /** The session is built by hand to run on one thread; it must still be the packaged model, pooled the same way. */
    @Test
    void embedsAsThePackagedModelDoes() {
        SentenceEmbedder embedder = EngineFixtures.embedder();
        var packaged = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);

        for (String text : List.of("Self-attention lets every token look at every other token.",
                "RLHF trains a reward model on human preferences and then tunes the policy against it.")) {
            float[] ours = embedder.embed(text);
            float[] theirs = Vectors.unit(packaged.embed(text).content().vector());

            assertThat(ours).hasSize(384);
            assertThat(Vectors.cosine(ours, theirs)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void relatedSentencesAreCloserThanUnrelatedOnes() {
        SentenceEmbedder embedder = EngineFixtures.embedder();
        float[] question = embedder.embed("Temperature changes how random the sampled words are.");

        assertThat(Vectors.cosine(question, embedder.embed("A higher temperature gives more varied output.")))
                .isGreaterThan(Vectors.cosine(question, embedder.embed("Postgres stores rows in pages on disk.")));
    }
}
