package org.assay.engine.semantic;

import java.nio.file.Path;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions) from the langchain4j jar on the classpath. Its tokenizer library
 * (DJL) would otherwise contact the network, so loading first switches DJL to offline mode, opts out of its
 * telemetry and points its native-library cache at {@code DJL_CACHE_DIR} (default {@code target/djl}). Thread-safe.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {

    /** Where DJL unpacks its native tokenizer when no {@code DJL_CACHE_DIR} is given. */
    public static final String DEFAULT_CACHE_DIR = "target/djl";

    private final EmbeddingModel model;

    private MiniLmSentenceEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model; nothing is fetched from the network. */
    public static MiniLmSentenceEmbedder load() {
        keepDjlOffline();
        return new MiniLmSentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
    }

    /** Sets DJL's offline, no-tracking and cache-directory properties unless already set. */
    static void keepDjlOffline() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null) {
            String fromEnvironment = System.getenv("DJL_CACHE_DIR");
            System.setProperty("DJL_CACHE_DIR", fromEnvironment != null ? fromEnvironment
                    : Path.of(DEFAULT_CACHE_DIR).toAbsolutePath().toString());
        }
    }

    @Override
    public float[] embed(String text) {
        return Vectors.unit(model.embed(text).content().vector());
    }
}
