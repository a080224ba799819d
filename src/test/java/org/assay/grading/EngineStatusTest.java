package org.assay.grading;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.assay.engine.GradingEngine;
import org.assay.grader.EngineProducer;
import org.assay.grader.EngineStatus;
import org.assay.review.ReviewData;
import org.assay.support.WebSession;

/** /q/health and the staff pages tell when grading cannot work as configured. */
@QuarkusTest
class EngineStatusTest {

    private static void engineIs(EngineStatus status) {
        QuarkusMock.installMockForType(new EngineProducer(null) {
            @Override
            public EngineStatus status() {
                return status;
            }

            @Override
            public synchronized CompletableFuture<GradingEngine> load() {
                return new CompletableFuture<>(); // never loads: the worker leaves the queue alone
            }
        }, EngineProducer.class);
    }

    private static JsonPath engineCheck(int expectedStatus) {
        var response = given().get("/q/health");
        assertThat(response.statusCode()).isEqualTo(expectedStatus);
        return JsonPath.from(response.asString()).setRootPath("checks.find { it.name == 'grading-engine' }");
    }

    @Test
    void aDegradedEngineIsUpWithTheReasonAndAdminsSeeABannerOnEveryStaffPage() {
        engineIs(new EngineStatus(EngineStatus.State.DEGRADED, List.of("opennlp", "wordnet", "spelling"),
                "the semantic channel did not load (NoClassDefFoundError: org/slf4j/LoggerFactory)"));

        var check = engineCheck(200);
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getString("data.state")).isEqualTo("degraded");
        assertThat(check.getString("data.reason")).contains("semantic channel did not load");

        var admin = WebSession.admin();
        for (var path : List.of("/", "/review", "/admin/banks", "/admin/users")) {
            assertThat(admin.page(path).select(".system-alert").text()).as(path)
                    .startsWith("Grading is degraded: the semantic channel did not load")
                    .contains("Answers are still graded, with opennlp, wordnet, spelling.");
        }
        assertThat(ReviewData.interviewer("ivy").page("/review").select(".system-alert")).isEmpty();
    }

    @Test
    void aFailedEngineMakesTheApplicationNotReady() {
        engineIs(new EngineStatus(EngineStatus.State.FAILED, List.of(),
                "the engine did not load (IOException: the tokenizer model is damaged)"));

        var check = engineCheck(503);
        assertThat(check.getString("status")).isEqualTo("DOWN");
        assertThat(check.getString("data.state")).isEqualTo("failed");
        assertThat(WebSession.admin().page("/").select(".system-alert").text())
                .startsWith("Grading is not working: the engine did not load");
    }

    @Test
    void aReadyEngineShowsNoBanner() {
        engineIs(new EngineStatus(EngineStatus.State.READY, List.of("opennlp", "wordnet", "spelling", "semantic"),
                ""));

        assertThat(engineCheck(200).getString("data.state")).isEqualTo("ready");
        assertThat(WebSession.admin().page("/").select(".system-alert")).isEmpty();
    }
}
