package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.assay.account.Role;
import org.assay.engine.rubric.RubricParser;
import org.assay.engine.rubric.RubricWriter;
import org.assay.support.Api;
import org.assay.support.TestUsers;

@QuarkusTest
class RubricApiTest {

    private static final String QID = "q06";
    private static final String ANSWER = "Each token's query is compared with every key by a scaled dot product, a "
            + "softmax turns the scores into weights, and the output is the weighted sum of the value vectors.";

    @Test
    void getReturnsTheCurrentVersionAsYaml() {
        var bank = TestBanks.fresh(QID);

        var response = Api.asAdmin().accept("text/yaml").get(path(bank) + "/rubric");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/yaml");
        assertThat(response.asString()).isEqualTo(TestBanks.current(bank, QID).content);
    }

    @Test
    void interviewerMayReadButNotReplaceTheRubric() {
        var bank = TestBanks.fresh(QID);
        var interviewer = TestUsers.create(Role.interviewer);

        var read = Api.as(interviewer, TestUsers.PASSWORD).accept("text/yaml").get(path(bank) + "/rubric");
        var write = Api.as(interviewer, TestUsers.PASSWORD).contentType("text/yaml").body(read.asString())
                .put(path(bank) + "/rubric");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.contentType()).startsWith("application/problem+json");
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void putSavesANewVersionAndAnswersWithItsNumberAndFingerprint() {
        var bank = TestBanks.fresh(QID);
        var yaml = TestBanks.current(bank, QID).content.replace("title: Self-attention", "title: Self-attention (API)");

        var response = Api.asAdmin().contentType("text/yaml").queryParam("note", "Renamed through the API")
                .body(yaml).put(path(bank) + "/rubric");

        assertThat(response.statusCode()).isEqualTo(200);
        var body = Api.json(response);
        assertThat(body.getInt("version")).isEqualTo(2);
        var rubric = new RubricParser().parse("q06.yaml", yaml).rubric().orElseThrow();
        assertThat(body.getString("fingerprint")).isEqualTo(RubricWriter.fingerprint(rubric));
        var current = TestBanks.current(bank, QID);
        assertThat(current.content).isEqualTo(yaml);
        assertThat(current.note).isEqualTo("Renamed through the API");
        assertThat(current.author).isEqualTo("admin");
    }

    @Test
    void putOfAnInvalidRubricAnswers422WithEachProblemAndItsLine() {
        var bank = TestBanks.fresh(QID);
        var yaml = TestBanks.current(bank, QID).content.replace("points: 10", "points: ten")
                .replace("min_keywords: 2", "min_keywords: 99");

        var response = Api.asAdmin().contentType("text/yaml").body(yaml).put(path(bank) + "/rubric");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problems = Api.json(response).getList("problems", Map.class);
        assertThat(problems).isNotEmpty();
        var lines = yaml.lines().toList();
        int pointsLine = lines.indexOf("points: ten") + 1;
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("line")).isEqualTo(pointsLine);
            assertThat((String) p.get("message")).contains("points");
        });
        assertThat(problems).anySatisfy(p -> assertThat((String) p.get("message")).contains("99"));
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void putOfARubricOverTheSizeLimitIsRefusedWith413() {
        var bank = TestBanks.fresh(QID);
        var yaml = TestBanks.current(bank, QID).content + "#".repeat(RubricParser.DEFAULT_MAX_CHARS);

        var response = Api.asAdmin().contentType("text/yaml").body(yaml).put(path(bank) + "/rubric");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Api.json(response).getString("detail")).contains("limit").contains("rubric-chars");
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void putWithAnotherQuestionsIdIsRefused() {
        var bank = TestBanks.fresh(QID);
        var yaml = TestBanks.current(bank, QID).content.replace("id: q06", "id: q99");

        var response = Api.asAdmin().contentType("text/yaml").body(yaml).put(path(bank) + "/rubric");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Api.json(response).getList("problems.message", String.class))
                .anySatisfy(m -> assertThat(m).contains("q99").contains("cannot change"));
    }

    @Test
    void tryGradesAnAnswerAndReturnsTheFullReport() {
        var bank = TestBanks.fresh(QID);

        var response = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("answer", ANSWER))
                .post(path(bank) + "/try");

        assertThat(response.statusCode()).isEqualTo(200);
        var report = Api.json(response);
        assertThat(report.getDouble("max")).isEqualTo(10.0);
        assertThat(report.getDouble("score")).isGreaterThan(0);
        assertThat(report.getList("criteria.id", String.class))
                .containsExactly("qk_scores", "weighted_sum", "long_range", "parallel_heads");
        assertThat(report.getList("criteria.findAll { it.status == 'MET' }.evidence.flatten().text", String.class))
                .allSatisfy(text -> assertThat(ANSWER).contains(text));
    }

    @Test
    void tryAgainstADraftUsesTheDraftNotTheSavedVersion() {
        var bank = TestBanks.fresh(QID);
        var saved = TestBanks.current(bank, QID).content;
        var stricter = saved.replace("points: 10", "points: 20").replace("    points: 3\n    expressions:\n"
                + "      - query key dot product", "    points: 13\n    expressions:\n      - query key dot product");

        var onSaved = Api.json(Api.asAdmin().body(Map.of("answer", ANSWER)).post(path(bank) + "/try"));
        var onDraft = Api.json(Api.asAdmin().body(Map.of("answer", ANSWER, "rubric", stricter))
                .post(path(bank) + "/try"));

        assertThat(onSaved.getDouble("max")).isEqualTo(10.0);
        assertThat(onDraft.getDouble("max")).isEqualTo(20.0);
        assertThat(TestBanks.versions(bank, QID)).hasSize(1);
    }

    @Test
    void tryWithAnAnswerOverTheLimitIsRefusedWith413() {
        var bank = TestBanks.fresh(QID);

        var response = Api.asAdmin().body(Map.of("answer", "word ".repeat(2_001)))
                .post(path(bank) + "/try");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Api.json(response).getString("detail")).contains("answer-chars");
    }

    private static String path(String bank) {
        return "/api/banks/" + bank + "/questions/" + QID;
    }
}
