package org.assay.engine.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.assay.engine.EngineOptions;
import org.assay.engine.GradingEngine;
import org.assay.engine.rubric.Rubric;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The engine's speed and memory figures, printed as {@code name=value} lines: the wall time of loading every model,
 * the heap in use once loaded and warm, then (with JMH, one thread, one fork) the median and 99th percentile times and
 * the answers per second of analysing a 60-word answer and of grading it with the semantic channel off and on.
 * Run with {@code mvn -q test-compile exec:exec@bench}.
 */
public final class SpeedBenchmark {

    private static final String[] JVM_ARGS = {
        "-Xmx300m", "-Dai.djl.offline=true", "-DOPT_OUT_TRACKING=true"};

    private SpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        GradingEngine engine = GradingEngine.load(EngineOptions.defaults());
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        Rubric rubric = GradingBenchmark.bankRubric("q06");
        for (int i = 0; i < 200; i++) {
            engine.grade(rubric, GradingBenchmark.ANSWER);
        }
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / 1024.0 / 1024.0;

        Options options = new OptionsBuilder()
                .include(GradingBenchmark.class.getName())
                .forks(1).threads(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend(withCacheDir())
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, double[]> times = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            var stats = r.getPrimaryResult().getStatistics();
            times.put(name, new double[] {stats.getPercentile(50), stats.getPercentile(99), 1000 / stats.getMean()});
        }
        System.out.printf(Locale.ROOT, "load_all_models_s=%.2f%n", loadSeconds);
        System.out.printf(Locale.ROOT, "heap_used_after_load_mb=%.0f%n", heapMb);
        System.out.printf(Locale.ROOT, "max_heap_mb=%d%n", runtime.maxMemory() / 1024 / 1024);
        times.forEach((name, t) -> System.out.printf(Locale.ROOT, "%s_median_ms=%.3f%n%s_p99_ms=%.3f%n%s_per_s=%.1f%n",
                name, t[0], name, t[1], name, t[2]));
        double analysis = times.get("analyze")[0];
        System.out.printf(Locale.ROOT, "grade_semantic_off_over_analysis=%.2f%n",
                times.get("gradeSemanticOff")[0] / analysis);
    }

    private static String[] withCacheDir() {
        String cache = System.getProperty("DJL_CACHE_DIR", "target/djl");
        String[] out = java.util.Arrays.copyOf(JVM_ARGS, JVM_ARGS.length + 1);
        out[JVM_ARGS.length] = "-DDJL_CACHE_DIR=" + cache;
        return out;
    }
}
