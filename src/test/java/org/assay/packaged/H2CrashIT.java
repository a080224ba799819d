package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Kills the packaged jar on its default database, embedded H2, with SIGKILL while candidates autosave and submit, five
 * times at random moments, restarting it each time on the same data folder; then checks that every save and submit
 * the server acknowledged is still there. Loopback only, fixed counts and a fixed seed, about a minute.
 */
class H2CrashIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "h2-crash.log");
    private static final int CANDIDATES = 12;
    private static final int SUBMITTERS = 4;
    private static final int KILLS = 5;
    private static final List<String> QUESTIONS = List.of("q01", "q02");

    private static PackagedProcess app;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Random random = new Random(20261206);

    /** Per candidate token and question: the newest revision the server acknowledged, and its text. */
    private final Map<String, Map<String, Acked>> acked = new ConcurrentHashMap<>();
    private final Map<String, Boolean> submitted = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgedSaves = new AtomicInteger();
    private final AtomicBoolean paused = new AtomicBoolean();

    record Acked(int revision, String text) {
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void everyAcknowledgedSaveAndSubmitSurvivesKills() throws Exception {
        Files.deleteIfExists(LOG);
        app = new PackagedProcess(JAR, List.of("-Xmx512m"), Map.of(
                "ASSAY_DATA_DIR", Files.createTempDirectory("assay-h2-crash-").toString(),
                "ASSAY_ADMIN_PASSWORD", PackagedFlow.ADMIN_PASSWORD), LOG);
        app.start();
        var tokens = candidates();

        var running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
        for (int i = 0; i < CANDIDATES; i++) {
            var token = tokens.get(i);
            boolean submits = i < SUBMITTERS;
            pool.execute(() -> type(token, submits, running));
        }
        var lost = new ArrayList<String>();
        for (int kill = 1; kill <= KILLS; kill++) {
            Thread.sleep(1_000 + random.nextInt(2_000));
            app.kill();
            // Candidates wait while the server is down, so what was acknowledged before the kill is checked as is
            paused.set(true);
            Thread.sleep(200);
            app.start();
            lost.addAll(lostAfterKill(tokens, kill));
            paused.set(false);
        }
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        System.out.printf("H2CrashIT: %d kills, %d acknowledged saves, %d acknowledged submits, %d lost%n", KILLS,
                acknowledgedSaves.get(), submitted.size(), lost.size());
        assertThat(acknowledgedSaves.get()).as("saves acknowledged").isGreaterThan(200);
        assertThat(submitted).as("submits acknowledged").isNotEmpty();
        assertThat(lost).as("acknowledged saves lost over %d kills (%d acknowledged)", KILLS,
                acknowledgedSaves.get()).isEmpty();
    }

    /** Acknowledged saves and submits missing after a restart. */
    private List<String> lostAfterKill(List<String> tokens, int kill) throws Exception {
        var lost = new ArrayList<String>();
        for (var token : tokens) {
            var state = JsonPath.from(get("/api/t/" + token).body());
            for (var qid : QUESTIONS) {
                var ack = acked.getOrDefault(token, Map.of()).get(qid);
                int stored = state.getInt("answers.find { it.qid == '" + qid + "' }.revision");
                String text = state.getString("answers.find { it.qid == '" + qid + "' }.text");
                if (ack != null && (stored < ack.revision() || stored == ack.revision() && !text.equals(ack.text()))) {
                    lost.add("kill " + kill + ", " + token.substring(0, 6) + " " + qid + ": acknowledged revision "
                            + ack.revision() + ", stored " + stored);
                }
            }
            if (submitted.containsKey(token) && !"SUBMITTED".equals(state.getString("status"))) {
                lost.add("kill " + kill + ", " + token.substring(0, 6) + ": acknowledged submit, now "
                        + state.getString("status"));
            }
        }
        return lost;
    }

    /** One candidate typing: a new revision as soon as the last is answered; some submit halfway. */
    private void type(String token, boolean submits, AtomicBoolean running) {
        int revision = 0;
        long submitAfter = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        while (running.get()) {
            if (paused.get()) {
                sleep(20);
                continue;
            }
            revision++;
            var qid = QUESTIONS.get(revision % QUESTIONS.size());
            var text = "Candidate " + token.substring(0, 6) + " typed revision " + revision + " of " + qid + ".";
            try {
                if (submits && System.nanoTime() > submitAfter) {
                    if (send("POST", "/api/t/" + token + "/submit", "{}").statusCode() == 200) {
                        submitted.put(token, true);
                        return;
                    }
                    continue;
                }
                var response = send("PUT", "/api/t/" + token + "/answers/" + qid,
                        "{\"text\":\"" + text + "\",\"revision\":" + revision + "}");
                if (response.statusCode() == 200) {
                    acked.computeIfAbsent(token, t -> new ConcurrentHashMap<>()).put(qid, new Acked(revision, text));
                    acknowledgedSaves.incrementAndGet();
                }
            } catch (Exception serverDown) {
                sleep(50);
            }
        }
    }

    private List<String> candidates() throws Exception {
        var auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PackagedFlow.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var assessment = JsonPath.from(send("POST", "/api/assessments", "{\"title\":\"Crash\",\"bank\":"
                + "\"genai-interview\",\"questions\":[\"q01\",\"q02\"],\"timeLimitMinutes\":60}", auth).body())
                .getLong("id");
        var tokens = new ArrayList<String>();
        for (int i = 0; i < CANDIDATES; i++) {
            var link = send("POST", "/api/assessments/" + assessment + "/invitations",
                    "{\"candidateName\":\"Candidate " + i + "\",\"candidateEmail\":\"c" + i + "@example.org\"}", auth);
            var token = JsonPath.from(link.body()).getString("token");
            assertThat(send("POST", "/api/t/" + token + "/start", "{}").statusCode()).isEqualTo(200);
            tokens.add(token);
        }
        return tokens;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, null);
    }

    private HttpResponse<String> send(String method, String path, String body, String auth) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
