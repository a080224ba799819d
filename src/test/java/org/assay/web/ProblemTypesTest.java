package org.assay.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.assay.account.Role;
import org.assay.support.Api;
import org.assay.support.Fixtures;
import org.assay.support.TestData;
import org.assay.support.TestUsers;

/** Every kind of API error carries a type of the one documented scheme, and OpenAPI lists each. */
@QuarkusTest
class ProblemTypesTest {

    @Test
    void eachKindOfErrorHasItsType() {
        var interviewer = TestUsers.create(Role.interviewer);
        var invite = TestData.invitation(1);
        var candidate = "/api/t/" + invite.token();
        given().contentType(ContentType.JSON).body("{}").post(candidate + "/start").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "first", "revision", 5))
                .put(candidate + "/answers/q01").then().statusCode(200);

        var seen = new ArrayList<Map.Entry<String, Response>>();
        seen.add(Map.entry("not-found", Api.asAdmin().get("/api/nothing-here")));
        seen.add(Map.entry("not-found", Api.asAdmin().get("/api/invitations/987654321")));
        seen.add(Map.entry("sign-in-required", given().accept(ContentType.JSON).get("/api/invitations/1")));
        seen.add(Map.entry("not-allowed", Api.as(interviewer, TestUsers.PASSWORD).body(Map.of("title", "x"))
                .post("/api/assessments")));
        seen.add(Map.entry("invalid-input", Api.asAdmin().body("{}").post("/api/assessments")));
        seen.add(Map.entry("precondition-required", Api.asAdmin().body(Map.of("score", 1, "reason", "why"))
                .post("/api/answers/1/override")));
        seen.add(Map.entry("bad-request", Api.asAdmin().body("{\"title\": ").post("/api/assessments")));
        seen.add(Map.entry("method-not-allowed", Api.asAdmin().delete("/api/assessments")));
        seen.add(Map.entry("invalid-rubric", Api.asAdmin().contentType("text/plain").body("id: q01\npoints: ten\n")
                .put("/api/banks/" + Fixtures.BANK + "/questions/q01/rubric")));
        seen.add(Map.entry("this-link-is-not-valid", given().accept(ContentType.JSON).get("/api/t/not-a-token")));
        seen.add(Map.entry("a-newer-version-is-saved", given().contentType(ContentType.JSON)
                .body(Map.of("text", "older", "revision", 4)).put(candidate + "/answers/q01")));
        seen.add(Map.entry("answer-too-long", given().contentType(ContentType.JSON)
                .body(Map.of("text", "x".repeat(10_001), "revision", 6)).put(candidate + "/answers/q01")));

        seen.forEach(entry -> {
            var kind = entry.getKey();
            var response = entry.getValue();
            assertThat(response.contentType()).as(kind).startsWith(Problem.MEDIA_TYPE);
            assertThat(response.jsonPath().getString("type")).as(kind + ": " + response.asString())
                    .isEqualTo(Problem.TYPE_PREFIX + kind);
        });
    }

    @Test
    void theOpenApiDocumentListsTheTypes() {
        var openapi = given().accept(ContentType.JSON).get("/q/openapi").jsonPath();
        String description = openapi.getString("components.schemas.Problem.properties.type.description");

        for (var kind : List.of("not-found", "sign-in-required", "not-allowed", "invalid-input", "bad-request",
                "method-not-allowed", "invalid-rubric", "this-link-is-not-valid", "a-newer-version-is-saved",
                "answer-too-long", "time-is-up", "precondition-required", "server-error")) {
            assertThat(description).as("OpenAPI lists " + kind).contains(kind);
        }
        assertThat(description).startsWith(Problem.TYPE_PREFIX);
    }
}
