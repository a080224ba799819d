package org.assay.engine.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions) from the langchain4j jar on the classpath. Its tokenizer library
 * (DJL) would otherwise contact the network, so loading first switches DJL to offline mode, opts out of its
 * telemetry and points its native-library cache at {@code DJL_CACHE_DIR} (default {@code target/djl}). Thread-safe.
 *
 * <p>The ONNX session runs each pass on one thread, the caller's: graders already run answers on many threads at once,
 * and a per-pass thread pool would only make them compete for the same cores.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {

    /** Where DJL unpacks its native tokenizer when no {@code DJL_CACHE_DIR} is given. */
    public static final String DEFAULT_CACHE_DIR = "target/djl";

    private static final String BASE_CACHE_DIR = "org.assay.engine.djl-base-cache-dir";
    private static final String LOADERS = "org.assay.engine.djl-loaders";
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    /** The cache folder this class loader's copy of the native library lives in; chosen once. */
    private static String cacheDir;

    private final EmbeddingModel model;

    private MiniLmSentenceEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model; nothing is fetched from the network. */
    public static MiniLmSentenceEmbedder load() {
        keepDjlOffline();
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new MiniLmSentenceEmbedder(
                    new InProcessModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the MiniLM model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the MiniLM model", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmSentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return in;
    }

    /**
     * Sets DJL's offline, no-tracking and cache-directory properties. The JVM lets only one class loader load a
     * native library file, so a second loader of this class (an application restarted inside the same JVM, as in
     * tests or dev-mode reloads) gets its own copy of DJL's tokenizer library in a subfolder.
     */
    static synchronized void keepDjlOffline() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (cacheDir == null) {
            String base = System.getProperty(BASE_CACHE_DIR);
            if (base == null) {
                String configured = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
                base = configured != null ? configured : Path.of(DEFAULT_CACHE_DIR).toAbsolutePath().toString();
                System.setProperty(BASE_CACHE_DIR, base);
            }
            int loaders = Integer.getInteger(LOADERS, 0);
            System.setProperty(LOADERS, Integer.toString(loaders + 1));
            cacheDir = loaders == 0 ? base : Path.of(base, "loader-" + loaders).toString();
        }
        System.setProperty("DJL_CACHE_DIR", cacheDir);
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return new float[DIMENSION];
        }
        try {
            return Vectors.unit(model.embed(text).content().vector());
        } catch (IllegalArgumentException nothingToEmbed) {
            // The model refuses text that its tokenizer reduces to nothing (a lone combining mark, say): a zero
            // vector is similar to nothing
            return new float[DIMENSION];
        }
    }

    /** The packaged model behind langchain4j's embedding API; one text is embedded on the caller's thread. */
    private static final class InProcessModel extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        InProcessModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
