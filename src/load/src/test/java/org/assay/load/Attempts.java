package org.assay.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Candidates' running attempts, made over the API before the load starts: one test, one invitation each. */
final class Attempts {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final int THREADS = 8;

    private final Supplier<String> baseUrl;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> tokens = Collections.synchronizedList(new ArrayList<>());

    Attempts(Supplier<String> baseUrl, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
    }

    List<String> tokens() {
        return tokens;
    }

    void create(int count, List<String> questions) throws Exception {
        // A session cookie: HTTP Basic would check the password's bcrypt hash on every request
        var session = signIn();
        var assessment = match(ID, post("/api/assessments", "{\"title\":\"Load\",\"bank\":\"genai-interview\","
                + "\"questions\":[\"" + String.join("\",\"", questions) + "\"],\"timeLimitMinutes\":480}", session));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var done = new ArrayList<Future<?>>();
            for (int i = 0; i < count; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    var token = match(TOKEN, post("/api/assessments/" + assessment + "/invitations",
                            "{\"candidateName\":\"Candidate " + n + "\",\"candidateEmail\":\"c" + n
                                    + "@example.org\"}", session));
                    post("/api/t/" + token + "/start", "{}", null);
                    tokens.add(token);
                    return null;
                }));
            }
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private String signIn() throws IOException, InterruptedException {
        var form = "j_username=admin&j_password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl.get() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        // The session cookie and its signed epoch, which signing out moves on
        var cookies = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("assay-session"))
                .map(c -> c.substring(0, c.indexOf(';'))).toList();
        if (cookies.isEmpty()) {
            throw new IllegalStateException("sign-in gave no session: " + response.statusCode());
        }
        return String.join("; ", cookies);
    }

    private String post(String path, String json, String cookie) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String json) {
        var matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("not found in " + json);
        }
        return matcher.group(1);
    }
}
