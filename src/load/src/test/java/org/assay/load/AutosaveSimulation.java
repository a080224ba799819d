package org.assay.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Autosave under an open workload: saves arrive at a fixed rate whatever the server's latency, so a slow server shows
 * as long response times instead of as fewer requests (no coordinated omission). Starts the packaged jar with an
 * explicit heap, creates the attempts first, ramps up, then measures; prints the server's resident memory.
 *
 * <p>System properties: rate (saves/s, 2000), seconds (measured, 30), warmup (seconds at up to half the
 * rate before the last 10 s ramp to it, 120), attempts (2000), project
 * (the folder the jar runs in, ../..), jar (target/quarkus-app/quarkus-run.jar in it), heap (512m), serverOptions (more
 * Java options for the server, such as -Dquarkus.profile=pg), p99 (the limit in ms the run must stay under, 50). The
 * server inherits the environment, so ASSAY_DB_URL and the like reach it.
 */
public class AutosaveSimulation extends Simulation {

    private static final int RATE = Integer.getInteger("rate", 2000);
    private static final int SECONDS = Integer.getInteger("seconds", 30);
    private static final int WARMUP = Integer.getInteger("warmup", 120);
    /** The last part of the warm-up, from half the rate to the rate. */
    private static final int RAMP = 10;
    /** Saves sent before the measured phase: the two halves of the warm-up and the ramp (see the constructor). */
    private static final long WARMUP_SAVES = Math.round(0.4 * RATE * WARMUP + 0.75 * RATE * RAMP);
    private static final int ATTEMPTS = Integer.getInteger("attempts", 2000);
    private static final int P99_LIMIT_MS = Integer.getInteger("p99", 50);
    private static final String PROJECT = System.getProperty("project", "../..");
    private static final String JAR = System.getProperty("jar", "target/quarkus-app/quarkus-run.jar");
    private static final String HEAP = System.getProperty("heap", "512m");
    private static final String SERVER_OPTIONS = System.getProperty("serverOptions", "");
    private static final String ADMIN_PASSWORD = "load-benchmark-password";
    private static final List<String> QUESTIONS = List.of("q01", "q02");
    /** About what a candidate has typed a few minutes into an answer: 700 characters. */
    private static final String TEXT = ("A discriminative model learns the boundary between classes, the probability of"
            + " a label given the input; a spam filter is one. A generative model learns how the data itself is"
            + " distributed, so it can be sampled to create new examples, such as text or images. ").repeat(3);

    private final PackagedServer server;
    private final Attempts attempts;
    private final AtomicLong sent = new AtomicLong();
    private Duration cpuBefore = Duration.ZERO;
    private volatile Duration cpuMeasured;

    public AutosaveSimulation() throws Exception {
        var options = new ArrayList<>(List.of("-Xmx" + HEAP, "-Xms" + HEAP));
        options.addAll(Arrays.stream(SERVER_OPTIONS.split("\\s+")).filter(o -> !o.isEmpty()).toList());
        server = new PackagedServer(Path.of(PROJECT), Path.of(JAR), options, Path.of("target", "assay-server.log"));
        attempts = new Attempts(server::baseUrl, ADMIN_PASSWORD);
        // Gatling warms its HTTP client with a request to gatling.io unless given an address of the server's
        HttpProtocolBuilder protocol = http.baseUrl(server.baseUrl()).warmUp(server.baseUrl() + "/q/health/live")
                .shareConnections()
                .acceptHeader("application/json").contentTypeHeader("application/json");
        // The server's JIT compiler needs minutes of saves before they run at full speed on two cores, and a server
        // that falls behind while cold never catches up at the full rate: so warm it at half the rate first
        setUp(save("warm-up").injectOpen(rampUsersPerSec(RATE / 10.0).to(RATE / 2.0).during(WARMUP / 2),
                constantUsersPerSec(RATE / 2.0).during(WARMUP - WARMUP / 2),
                rampUsersPerSec(RATE / 2.0).to(RATE).during(RAMP))
                .andThen(save("autosave").injectOpen(constantUsersPerSec(RATE).during(SECONDS))))
                .protocols(protocol)
                .assertions(details("autosave").failedRequests().count().is(0L),
                        details("autosave").responseTime().percentile(99.0).lt(P99_LIMIT_MS));
    }

    /** Each virtual user is one save: the next answer in turn, one revision newer than its last. */
    private ScenarioBuilder save(String name) {
        return scenario(name).feed(saves()).exec(http(name).put("/api/t/#{token}/answers/#{qid}")
                .body(StringBody("{\"text\":\"" + TEXT + "#{revision}\",\"revision\":#{revision}}"))
                .check(status().is(200)));
    }

    private Iterator<Map<String, Object>> saves() {
        return Stream.generate(() -> {
            long n = sent.getAndIncrement();
            if (n == WARMUP_SAVES) {
                cpuMeasured = server.cpu();
            }
            var tokens = attempts.tokens();
            long round = n / tokens.size();
            return Map.<String, Object>of("token", tokens.get((int) (n % tokens.size())),
                    "qid", QUESTIONS.get((int) (round % QUESTIONS.size())),
                    "revision", round / QUESTIONS.size() + 1);
        }).iterator();
    }

    @Override
    public void before() {
        try {
            server.start(ADMIN_PASSWORD);
            long began = System.nanoTime();
            attempts.create(ATTEMPTS, QUESTIONS);
            System.out.printf("Assay (pid %d, -Xmx%s) at %s: %d attempts started in %.1f s; load average %s%n",
                    server.pid(), HEAP, server.baseUrl(), ATTEMPTS, (System.nanoTime() - began) / 1e9, load());
            cpuBefore = server.cpu();
        } catch (Exception e) {
            // Gatling calls after() only once the run has started: the server must not outlive a failed start
            stopServer();
            throw new IllegalStateException("Could not prepare the benchmark", e);
        }
    }

    @Override
    public void after() {
        System.out.printf("Server RSS: %d MB at the end, %d MB at most (-Xmx%s); load average %s%n",
                server.lastRssMb(), server.peakRssMb(), HEAP, load());
        // CPU time per save does not depend on how many cores other work leaves the server, unlike latency
        var cpu = server.cpu().minus(cpuBefore);
        System.out.printf("Server CPU: %.1f s for %d saves, %.2f ms per save%n", cpu.toMillis() / 1e3, sent.get(),
                cpu.toNanos() / 1e6 / Math.max(1, sent.get()));
        if (cpuMeasured != null) {
            long measured = sent.get() - WARMUP_SAVES;
            var measuredCpu = server.cpu().minus(cpuMeasured);
            System.out.printf("Server CPU in the measured phase: %.1f s for %d saves, %.2f ms per save%n",
                    measuredCpu.toMillis() / 1e3, measured, measuredCpu.toNanos() / 1e6 / Math.max(1, measured));
        }
        stopServer();
    }

    private void stopServer() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The machine's load average over 1, 5 and 15 minutes: other work on it changes the figures. */
    private static String load() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
