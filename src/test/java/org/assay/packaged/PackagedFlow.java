package org.assay.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What a user does first with a packaged Assay, over HTTP only: wait for grading to be ready, have a candidate take
 * a test through the API, read the graded results and open the transcript page. Shared by the H2 and PostgreSQL
 * builds.
 */
final class PackagedFlow {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "packaged-admin-password";
    static final String STRONG_Q01 = "A discriminative model learns the boundary between the classes, the probability"
            + " of a label given the input, p(y|x); a spam filter is one. A generative model learns how the data"
            + " itself is distributed, p(x), so it can be sampled to create new examples, like GPT.";
    /** Said in other words, so only the sentence embeddings can find it. */
    static final String PARAPHRASE_Q03 = "Models read text as small chunks, often pieces of words, and the limit on"
            + " how much they can read at once is counted in those chunks, not in letters; languages other than"
            + " English tend to need more chunks for the same content, so they cost more.";

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final String base;

    PackagedFlow(String base) {
        this.base = base;
    }

    private RequestSpecification anonymous() {
        return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private RequestSpecification admin() {
        return anonymous().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    /** The grading engine's health check once it has finished loading. */
    Map<String, Object> awaitEngine() throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            var health = JsonPath.from(given().baseUri(base).get("/q/health").asString());
            Map<String, Object> data = health.getMap("checks.find { it.name == 'grading-engine' }.data");
            if (data != null && !"loading".equals(data.get("state")) || System.nanoTime() > until) {
                return data;
            }
            Thread.sleep(250);
        }
    }

    /** Creates a test of q01 and q03, invites a candidate who answers both and submits; the invitation's id. */
    long candidateTakesTheTest() {
        var created = admin().body(Map.of("title", "Packaged check", "bank", "genai-interview",
                "questions", List.of("q01", "q03"), "timeLimitMinutes", 30)).post("/api/assessments");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        long assessment = JsonPath.from(created.asString()).getLong("id");
        var invited = admin().body(Map.of("candidateName", "Ada Lovelace", "candidateEmail", "ada@example.org"))
                .post("/api/assessments/" + assessment + "/invitations");
        assertThat(invited.statusCode()).as(invited.asString()).isEqualTo(201);
        var link = JsonPath.from(invited.asString());
        var token = link.getString("token");

        expect(anonymous().body("{}").post("/api/t/" + token + "/start"), 200);
        expect(anonymous().body(Map.of("text", STRONG_Q01, "revision", 1)).put("/api/t/" + token + "/answers/q01"),
                200);
        expect(anonymous().body(Map.of("text", PARAPHRASE_Q03, "revision", 1))
                .put("/api/t/" + token + "/answers/q03"), 200);
        var submitted = anonymous().body("{}").post("/api/t/" + token + "/submit");
        expect(submitted, 200);
        assertThat(JsonPath.from(submitted.asString()).getString("status")).isEqualTo("SUBMITTED");
        return link.getLong("id");
    }

    /** The invitation's results once every answer has left the grading queue (graded or failed). */
    JsonPath awaitResults(long invitation) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            var results = JsonPath.from(admin().get("/api/invitations/" + invitation).asString());
            List<String> states = results.getList("results.answers.grading");
            if (states != null && !states.isEmpty() && !states.contains("waiting") || System.nanoTime() > until) {
                return results;
            }
            Thread.sleep(250);
        }
    }

    /** The attempt's id, from the assessment's results. */
    long attemptOf(JsonPath invitation) {
        var results = JsonPath.from(admin().get("/api/assessments/" + invitation.getLong("assessmentId")
                + "/results").asString());
        return results.getLong("candidates[0].attemptId");
    }

    /** Signs in through the form, as a person would; the session cookie. */
    String signIn() {
        return signInCookies().get("assay-session");
    }

    /** Signs in through the form; the cookies a browser would keep (the session and its signed epoch). */
    Map<String, String> signInCookies() {
        var login = given().baseUri(base).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", ADMIN).formParam("j_password", ADMIN_PASSWORD).post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        return login.cookies();
    }

    /** Signs in and opens the attempt's transcript page. */
    Response transcriptPage(long attempt) {
        return given().baseUri(base).cookies(signInCookies()).get("/review/attempts/" + attempt);
    }

    private static void expect(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
    }
}
