package org.assay.grading;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

import org.assay.engine.EngineOptions;
import org.assay.engine.Grader;
import org.assay.engine.GradingEngine;
import org.assay.web.AssayConfig;

/**
 * Loads the grading engine once. In production it loads in the background at start-up so the first submit does not
 * wait for the models; elsewhere it loads on first use.
 */
@ApplicationScoped
public class EngineProducer {

    private final AssayConfig config;
    private GradingEngine engine;

    public EngineProducer(AssayConfig config) {
        this.config = config;
    }

    void preload(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        var loader = new Thread(() -> {
            try {
                engine();
            } catch (RuntimeException e) {
                Log.errorf(e, "The grading engine did not load; submitted answers stay ungraded until it does");
            }
        }, "engine-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The engine, loaded on first use. A failed load is tried again on the next call. */
    public synchronized GradingEngine engine() {
        if (engine == null) {
            keepModelsOffline();
            var options = new EngineOptions(config.engine().wordnet(), config.engine().spelling(),
                    config.engine().semantic());
            long started = System.nanoTime();
            engine = GradingEngine.load(options);
            Log.infof("Grading engine loaded in %d ms (%s)", (System.nanoTime() - started) / 1_000_000, options);
        }
        return engine;
    }

    @Produces
    @Singleton
    Grader grader() {
        return (rubric, answer) -> engine().grade(rubric, answer);
    }

    /** The embeddings library would otherwise contact servers and unpack native code into the home folder. */
    private void keepModelsOffline() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", Path.of(config.dataDir(), "djl").toAbsolutePath().toString());
        }
    }
}
