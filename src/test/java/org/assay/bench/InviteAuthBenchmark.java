package org.assay.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Invitations per second through the API, one after another, signed in with HTTP Basic (a bcrypt check each call)
 * and with an API token (a SHA-256 look-up). Run against a running Assay (see docs/benchmarks.md):
 *
 * <pre>
 * mvn -q test-compile && java -cp target/test-classes org.assay.bench.InviteAuthBenchmark \
 *     http://127.0.0.1:8080 ADMIN_PASSWORD 200
 * </pre>
 */
public final class InviteAuthBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final int WARM_UP = 20;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String basic;

    private InviteAuthBenchmark(String base, String password) {
        this.base = base;
        this.basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: InviteAuthBenchmark BASE_URL ADMIN_PASSWORD COUNT");
            System.exit(2);
        }
        new InviteAuthBenchmark(args[0], args[1]).run(Integer.parseInt(args[2]));
    }

    private void run(int count) throws Exception {
        var assessment = match(ID, send(basic, "/api/assessments", "{\"title\":\"Auth benchmark\","
                + "\"bank\":\"genai-interview\",\"questions\":[\"q01\"],\"timeLimitMinutes\":30}"));
        var bearer = "Bearer " + match(TOKEN, send(basic, "/api/tokens", "{\"name\":\"benchmark\"}"));
        var path = "/api/assessments/" + assessment + "/invitations";
        invite(basic, path, WARM_UP, "warm-basic");
        invite(bearer, path, WARM_UP, "warm-bearer");
        var basicRate = invite(basic, path, count, "basic");
        var bearerRate = invite(bearer, path, count, "bearer");
        System.out.printf("invitations=%d%nbasic_per_s=%.1f%nbearer_per_s=%.1f%n", count, basicRate, bearerRate);
    }

    private double invite(String auth, String path, int count, String label) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            send(auth, path, "{\"candidateName\":\"Candidate " + label + " " + i + "\",\"candidateEmail\":\"" + label
                    + i + "@example.org\"}");
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private String send(String auth, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String body) {
        var m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected answer: " + body);
        }
        return m.group(1);
    }
}
