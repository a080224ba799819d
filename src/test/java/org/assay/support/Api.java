package org.assay.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A script calling the JSON API with HTTP Basic. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(WebSession.ADMIN, WebSession.ADMIN_PASSWORD);
    }

    public static JsonPath json(Response response) {
        return JsonPath.from(response.asString());
    }
}
