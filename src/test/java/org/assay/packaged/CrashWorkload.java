package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.restassured.path.json.JsonPath;

/**
 * Traffic against packaged instances while one of them is killed: candidates autosave and some submit, a reviewer
 * changes scores of submitted answers. Every write a server acknowledged is recorded, and checked after each
 * restart (over HTTP) and at the end (in the database). A request that finds its instance down goes to the next
 * one, as behind a load balancer; with a single instance it waits for the restart. Loopback only, fixed counts, a
 * fixed seed for the kill moments, each kill logged.
 */
final class CrashWorkload {

    static final List<String> QUESTIONS = List.of("q01", "q02");
    private static final Duration REQUEST = Duration.ofSeconds(10);
    private static final int SAVES_BETWEEN_KILLS = 30;

    private final String name;
    private final List<PackagedProcess> instances;
    private final Random random;
    private final long seed;
    /** HTTP/1.1, as browsers speak to a plain-http server: a killed server's HTTP/2 connection ends in GOAWAY. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * The admin's session cookie, as a reviewer's browser holds it. Instances share the session key, so it stays
     * valid across restarts and on either instance.
     */
    private String admin;
    private final List<String> tokens = new ArrayList<>();
    private final Map<String, Long> invitations = new HashMap<>();
    /** Per candidate token and question: the newest revision the server acknowledged, and its text. */
    private final Map<String, Map<String, Saved>> saves = new ConcurrentHashMap<>();
    /** Per candidate token: when the acknowledged submit says the attempt was submitted. */
    private final Map<String, String> submits = new ConcurrentHashMap<>();
    /** Every acknowledged override, by its id. */
    private final Map<Long, ScoreChange> overrides = new ConcurrentHashMap<>();
    /** Per answer: the newest acknowledged override. */
    private final Map<Long, ScoreChange> newestOverride = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgedSaves = new AtomicInteger();

    record Saved(int revision, String text) {
    }

    record ScoreChange(long id, long answerId, long attemptId, double score) {
    }

    /** What the run did and what was found missing. */
    record Outcome(int kills, int saves, int submits, int overrides, List<String> lost) {

        @Override
        public String toString() {
            return kills + " kills, " + saves + " acknowledged saves, " + submits + " acknowledged submits, "
                    + overrides + " acknowledged overrides, " + lost.size() + " lost";
        }
    }

    CrashWorkload(String name, List<PackagedProcess> instances, long seed) {
        this.name = name;
        this.instances = List.copyOf(instances);
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Creates a two-question test and starts one attempt per candidate. */
    void invite(int candidates) throws Exception {
        admin = new PackagedFlow(instances.get(0).baseUrl()).signInCookies().entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        var assessment = JsonPath.from(send(0, "POST", "/api/assessments", "{\"title\":\"Crash\",\"bank\":"
                + "\"genai-interview\",\"questions\":[\"q01\",\"q02\"],\"timeLimitMinutes\":60}", admin).body())
                .getLong("id");
        for (int i = 0; i < candidates; i++) {
            var link = JsonPath.from(send(0, "POST", "/api/assessments/" + assessment + "/invitations",
                    "{\"candidateName\":\"Candidate " + i + "\",\"candidateEmail\":\"c" + i + "@example.org\"}",
                    admin).body());
            var token = link.getString("token");
            var started = send(0, "POST", "/api/t/" + token + "/start", "{}", null);
            if (started.statusCode() != 200) {
                throw new AssertionError("start: " + started.statusCode() + " " + started.body());
            }
            tokens.add(token);
            invitations.put(token, link.getLong("id"));
        }
    }

    /**
     * Runs the candidates and the reviewer while {@code victim} is killed {@code kills} times, 1 to 3 s after it
     * came back each time (and once saves are acknowledged again), and restarted; checks over HTTP after each
     * restart.
     *
     * @param submitters how many of the candidates submit, one every 2 s from 3 s on
     */
    Outcome run(PackagedProcess victim, int kills, int submitters) throws Exception {
        var running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size() + 1);
        for (int i = 0; i < tokens.size(); i++) {
            var token = tokens.get(i);
            long submitAfter = i < submitters ? 3_000 + 2_000L * i : Long.MAX_VALUE;
            int first = i;
            pool.execute(() -> type(token, first, submitAfter, running));
        }
        pool.execute(() -> review(running));
        var lost = new ArrayList<String>();
        long began = System.nanoTime();
        try {
            for (int kill = 1; kill <= kills; kill++) {
                long wait = 1_000 + random.nextInt(2_000);
                int before = acknowledgedSaves.get();
                Thread.sleep(wait);
                awaitSaves(before + SAVES_BETWEEN_KILLS);
                System.out.printf("%s: kill %d of %s at +%.3f s (waited %d ms, seed %d)%n", name, kill,
                        victim.baseUrl(), (System.nanoTime() - began) / 1e9, wait, seed);
                victim.kill();
                Thread.sleep(200);
                victim.start();
                lost.addAll(missing("after kill " + kill));
            }
        } finally {
            running.set(false);
            pool.shutdown();
        }
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new AssertionError("candidates still running a minute after the last kill");
        }
        lost.addAll(missing("at the end"));
        var outcome = new Outcome(kills, acknowledgedSaves.get(), submits.size(), overrides.size(), lost);
        System.out.println(name + ": " + outcome);
        return outcome;
    }

    /** On a busy machine the random wait may pass before saves flow again: a kill then needs writes in flight. */
    private void awaitSaves(int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledgedSaves.get() < count && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    /**
     * Waits until every submitted answer has left the grading queue (at most {@code limit}); the answers still
     * waiting then.
     */
    List<String> awaitGraded(Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (true) {
            var waiting = new ArrayList<String>();
            for (var token : submits.keySet()) {
                var results = ok(send(0, "GET", "/api/invitations/" + invitations.get(token), null, admin));
                List<String> states = results.getList("results.answers.grading");
                if (states == null || states.contains("waiting")) {
                    waiting.add(token.substring(0, 6) + " " + states);
                }
            }
            if (waiting.isEmpty() || System.nanoTime() > until) {
                return waiting;
            }
            Thread.sleep(500);
        }
    }

    /**
     * What the database lacks or holds twice: acknowledged overrides, submits and saves missing, and answers graded
     * more than once by submit-time grading.
     */
    List<String> checkDatabase(Connection connection) throws SQLException {
        var found = new ArrayList<String>();
        try (var statement = connection.createStatement()) {
            var stored = new HashMap<Long, Double>();
            try (var rows = statement.executeQuery("select id, score from score_override")) {
                while (rows.next()) {
                    stored.put(rows.getLong(1), rows.getDouble(2));
                }
            }
            overrides.values().stream().filter(o -> !Double.valueOf(o.score()).equals(stored.get(o.id())))
                    .forEach(o -> found.add("override " + o.id() + " of answer " + o.answerId() + " to "
                            + o.score() + ": stored " + stored.get(o.id())));
            try (var rows = statement.executeQuery("select answer_id, count(*) from grade"
                    + " where regrade_job_id is null group by answer_id having count(*) > 1")) {
                while (rows.next()) {
                    found.add("answer " + rows.getLong(1) + " graded " + rows.getInt(2) + " times");
                }
            }
            try (var rows = statement.executeQuery("select count(*) from attempt where status = 'SUBMITTED'")) {
                rows.next();
                if (rows.getInt(1) < submits.size()) {
                    found.add(submits.size() + " submits acknowledged, " + rows.getInt(1) + " attempts submitted");
                }
            }
        }
        return found;
    }

    /**
     * The run exercised every kind of write, and lost none: nothing missing after a restart or in the database, and
     * every submitted answer graded.
     */
    static void assertNothingLost(Outcome outcome, int submitters, List<String> stored, List<String> waiting) {
        assertThat(outcome.saves()).as("saves acknowledged").isGreaterThanOrEqualTo(150);
        assertThat(outcome.submits()).as("submits acknowledged").isEqualTo(submitters);
        assertThat(outcome.overrides()).as("overrides acknowledged").isPositive();
        assertThat(outcome.lost()).as("acknowledged writes lost: %s", outcome).isEmpty();
        assertThat(stored).as("the database after the last kill").isEmpty();
        assertThat(waiting).as("submitted answers still waiting to be graded").isEmpty();
    }

    /** Acknowledged writes that the servers no longer report; what was acknowledged is read before the server. */
    private List<String> missing(String when) throws Exception {
        var lost = new ArrayList<String>();
        for (var token : tokens) {
            var saved = Map.copyOf(saves.getOrDefault(token, Map.of()));
            var submittedAt = submits.get(token);
            var state = ok(send(0, "GET", "/api/t/" + token, null, null));
            for (var entry : saved.entrySet()) {
                var answer = "answers.find { it.qid == '" + entry.getKey() + "' }";
                int revision = state.getInt(answer + ".revision");
                if (revision < entry.getValue().revision() || revision == entry.getValue().revision()
                        && !state.getString(answer + ".text").equals(entry.getValue().text())) {
                    lost.add(when + ", " + token.substring(0, 6) + " " + entry.getKey() + ": acknowledged revision "
                            + entry.getValue().revision() + ", stored " + revision);
                }
            }
            var nowSubmittedAt = state.getString("submittedAt");
            if (submittedAt != null
                    && (nowSubmittedAt == null || !micros(submittedAt).equals(micros(nowSubmittedAt)))) {
                lost.add(when + ", " + token.substring(0, 6) + ": submit acknowledged at " + submittedAt + ", now "
                        + state.getString("status") + " at " + state.getString("submittedAt"));
            }
        }
        var newest = Map.copyOf(newestOverride);
        for (var override : newest.values()) {
            var transcript = ok(send(0, "GET", "/api/attempts/" + override.attemptId() + "/transcript", null,
                    admin));
            Number current = transcript.get("answers.find { it.answerId == " + override.answerId()
                    + " }.override.id");
            // Only the reviewer writes overrides, one at a time: a newer one can only be one whose reply was lost
            if (current == null || current.longValue() < override.id()) {
                lost.add(when + ", answer " + override.answerId() + ": override " + override.id()
                        + " acknowledged, current " + current);
            }
        }
        return lost;
    }

    /** One candidate typing: a new revision as soon as the last is answered; submits once its time comes. */
    private void type(String token, int first, long submitAfterMillis, AtomicBoolean running) {
        var client = new Client(first);
        int revision = 0;
        long start = System.nanoTime();
        while (running.get() && !Thread.currentThread().isInterrupted()) {
            if ((System.nanoTime() - start) / 1_000_000 > submitAfterMillis) {
                var submitted = client.ok("POST", "/api/t/" + token + "/submit", "{}", null);
                if (submitted.isPresent()) {
                    submits.put(token, JsonPath.from(submitted.get()).getString("submittedAt"));
                    return;
                }
                continue;
            }
            revision++;
            var qid = QUESTIONS.get(revision % QUESTIONS.size());
            var text = "Candidate " + token.substring(0, 6) + " typed revision " + revision + " of " + qid + ".";
            if (client.ok("PUT", "/api/t/" + token + "/answers/" + qid,
                    "{\"text\":\"" + text + "\",\"revision\":" + revision + "}", null).isPresent()) {
                saves.computeIfAbsent(token, t -> new ConcurrentHashMap<>()).put(qid, new Saved(revision, text));
                acknowledgedSaves.incrementAndGet();
            }
        }
    }

    /** The reviewer: changes the score of each submitted answer in turn, in half points up to its maximum. */
    private void review(AtomicBoolean running) {
        var client = new Client(0);
        int changes = 0;
        var answers = new HashMap<String, List<Map<String, Object>>>();
        while (running.get() && !Thread.currentThread().isInterrupted()) {
            var submitted = List.copyOf(submits.keySet());
            if (submitted.isEmpty()) {
                sleep(100);
                continue;
            }
            var token = submitted.get(changes % submitted.size());
            if (!answers.containsKey(token)) {
                client.ok("GET", "/api/invitations/" + invitations.get(token), null, admin)
                        .ifPresent(body -> answers.put(token, JsonPath.from(body).getList("results.answers")));
                continue;
            }
            var answer = answers.get(token).get(changes % QUESTIONS.size());
            long answerId = ((Number) answer.get("answerId")).longValue();
            double max = ((Number) answer.get("max")).doubleValue();
            double score = (changes % (int) (2 * max + 1)) / 2.0;
            long replaces = ((Number) answer.get("overrideId")).longValue();
            var changed = client.ok("POST", "/api/answers/" + answerId + "/override", "{\"score\":" + score
                    + ",\"reason\":\"Change " + changes + " after reading it again\",\"overrideId\":" + replaces + "}",
                    admin);
            changes++;
            if (changed.isEmpty()) {
                answers.remove(token); // the change may have been stored unacknowledged: read the current one again
            }
            changed.map(JsonPath::from).ifPresent(body -> {
                var override = new ScoreChange(body.getLong("overrideId"), answerId, body.getLong("attemptId"), score);
                overrides.put(override.id(), override);
                newestOverride.put(answerId, override);
                answer.put("overrideId", override.id());
            });
        }
    }

    /** One user's connection: a request that finds its instance down goes to the next one after a pause. */
    private final class Client {

        private int instance;

        Client(int first) {
            this.instance = first;
        }

        /** The body of a 200 answer; empty, after a pause, for any other answer or when the instance was down. */
        Optional<String> ok(String method, String path, String body, String cookie) {
            try {
                var response = send(instance, method, path, body, cookie);
                if (response.statusCode() == 200) {
                    return Optional.of(response.body());
                }
                sleep(20);
            } catch (IOException down) {
                instance++;
                sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
    }

    /** A reading the checks rely on: any error answer fails the run. */
    private static JsonPath ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return JsonPath.from(response.body());
    }

    private HttpResponse<String> send(int instance, String method, String path, String body, String cookie)
            throws IOException, InterruptedException {
        var base = instances.get(Math.floorMod(instance, instances.size())).baseUrl();
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Instant micros(String instant) {
        return Instant.parse(instant).truncatedTo(ChronoUnit.MICROS);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
