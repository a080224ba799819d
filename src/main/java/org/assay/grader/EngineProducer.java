package org.assay.grader;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

import org.assay.engine.EngineOptions;
import org.assay.engine.Grader;
import org.assay.engine.GradingEngine;
import org.assay.engine.examples.Examined;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.web.AssayConfig;

/**
 * Loads the grading engine once, in the background: at start-up in production, on first use elsewhere. Loading takes
 * seconds (language models and embeddings); grading with the loaded engine takes milliseconds.
 */
@ApplicationScoped
public class EngineProducer {

    private final AssayConfig config;
    private CompletableFuture<GradingEngine> loading;
    private volatile EngineStatus status = EngineStatus.LOADING;

    public EngineProducer(AssayConfig config) {
        this.config = config;
    }

    void preload(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            load();
        }
    }

    /** Starts loading the engine in the background unless it is loaded or loading; a failed load starts again. */
    public synchronized CompletableFuture<GradingEngine> load() {
        if (loading == null || loading.isCompletedExceptionally()) {
            status = EngineStatus.LOADING;
            loading = CompletableFuture.supplyAsync(this::loadNow, EngineProducer::loaderThread);
            loading.whenComplete((engine, failure) -> {
                if (failure != null) {
                    status = EngineStatus.failed(failure);
                    Log.errorf(failure, "The grading engine did not load; answers stay ungraded until it does");
                } else {
                    status = EngineStatus.of(engine);
                    if (status.needsAttention()) {
                        Log.warnf("Grading is degraded: %s. Answers are graded with %s", status.reason(),
                                status.channels());
                    }
                }
            });
        }
        return loading;
    }

    /** Where loading stands: loading, ready, degraded or failed, with the reason. */
    public EngineStatus status() {
        return status;
    }

    /** The engine if it has loaded, without waiting for it or starting a load. */
    public synchronized Optional<GradingEngine> loaded() {
        return loading != null && loading.isDone() && !loading.isCompletedExceptionally()
                ? Optional.of(loading.join()) : Optional.empty();
    }

    /** The engine, waiting for it to load if needed. */
    public GradingEngine engine() {
        return load().join();
    }

    private GradingEngine loadNow() {
        keepModelsOffline();
        var options = new EngineOptions(config.engine().wordnet(), config.engine().spelling(),
                config.engine().semantic());
        long started = System.nanoTime();
        var engine = GradingEngine.load(options);
        Log.infof("Grading engine loaded in %d ms with channels %s", (System.nanoTime() - started) / 1_000_000,
                engine.channels());
        return engine;
    }

    private static void loaderThread(Runnable task) {
        var thread = new Thread(task, "engine-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Application-scoped, so tests can put a grader that fails in its place. */
    @Produces
    @ApplicationScoped
    Grader grader() {
        return new Grader() {
            @Override
            public GradeReport grade(Rubric rubric, String answer) {
                return engine().grade(rubric, answer);
            }

            @Override
            public Examined examine(Rubric rubric, String answer) {
                return engine().examine(rubric, answer);
            }
        };
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
