package org.assay.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A burst of submits against a running Assay: creates an assessment and {@code count} invitations, starts each and
 * saves an answer, then sends every submit at once and reports their latencies, errors, and how long the queue took to
 * grade every answer. Run against the packaged jar (see docs/benchmarks.md):
 *
 * <pre>
 * mvn -q test-compile exec:java@burst -Dexec.args="http://127.0.0.1:8080 ADMIN_PASSWORD 500"
 * </pre>
 */
public final class SubmitBurstBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String ANSWER = "A discriminative model learns the boundary between classes, p(y|x), like a"
            + " spam filter; a generative model learns the distribution of the data, p(x), and can sample new"
            + " examples, like GPT.";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String auth;

    private SubmitBurstBenchmark(String base, String password) {
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SubmitBurstBenchmark BASE_URL ADMIN_PASSWORD COUNT");
            System.exit(2);
        }
        new SubmitBurstBenchmark(args[0], args[1]).run(Integer.parseInt(args[2]));
    }

    private void run(int count) throws Exception {
        var assessment = match(ID, send("POST", "/api/assessments", "{\"title\":\"Burst\",\"bank\":\"genai-interview\","
                + "\"questions\":[\"q01\",\"q03\"],\"timeLimitMinutes\":60}", true));
        List<String> tokens = new ArrayList<>();
        List<String> invitations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var created = send("POST", "/api/assessments/" + assessment + "/invitations",
                    "{\"candidateName\":\"Candidate " + i + "\",\"candidateEmail\":\"c" + i + "@example.org\"}", true);
            tokens.add(match(TOKEN, created));
            invitations.add(match(ID, created));
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            all(pool, tokens, token -> {
                send("POST", "/api/t/" + token + "/start", "{}", false);
                send("PUT", "/api/t/" + token + "/answers/q01",
                        "{\"text\":\"" + ANSWER + "\",\"revision\":1}", false);
            });
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            long burst = System.nanoTime();
            all(pool, tokens, token -> {
                long start = System.nanoTime();
                var response = http.send(request("POST", "/api/t/" + token + "/submit", "{}", false),
                        HttpResponse.BodyHandlers.ofString());
                latencies.add(System.nanoTime() - start);
                if (response.statusCode() != 200) {
                    errors.add(response.statusCode() + " " + response.body());
                }
            });
            long sent = System.nanoTime() - burst;
            Collections.sort(latencies);
            System.out.printf("submits=%d errors=%d burst_ms=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", count,
                    errors.size(), sent / 1_000_000, ms(latencies, 0.50), ms(latencies, 0.99),
                    latencies.get(latencies.size() - 1) / 1e6);
            errors.stream().limit(5).forEach(e -> System.out.println("error: " + e));
            long graded = awaitGraded(invitations);
            System.out.printf("answers=%d all_graded_after_ms=%d graded_per_s=%.0f%n", count * 2,
                    (graded - burst) / 1_000_000, count * 2 / ((graded - burst) / 1e9));
        } finally {
            pool.shutdown();
        }
    }

    /** When the grading queue, as /q/health reports it, is empty. */
    private long awaitGraded(List<String> invitations) throws Exception {
        var waiting = Pattern.compile("\"waiting\"\\s*:\\s*(\\d+)");
        while (!"0".equals(match(waiting, send("GET", "/q/health", null, false)))) {
            Thread.sleep(50);
        }
        return System.nanoTime();
    }

    private interface Work {
        void run(String token) throws Exception;
    }

    private static void all(ExecutorService pool, List<String> tokens, Work work) {
        CompletableFuture.allOf(tokens.stream().map(t -> CompletableFuture.runAsync(() -> {
            try {
                work.run(t);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, pool)).toArray(CompletableFuture[]::new)).join();
    }

    private HttpRequest request(String method, String path, String body, boolean admin) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60));
        if (admin) {
            builder.header("Authorization", auth);
        }
        if (body == null) {
            return builder.GET().build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String send(String method, String path, String body, boolean admin) throws Exception {
        var response = http.send(request(method, path, body, admin), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " gave " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String body) {
        var m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return m.group(1);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
