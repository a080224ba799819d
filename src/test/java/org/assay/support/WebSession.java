package org.assay.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A browser-like visitor for RestAssured: keeps cookies, signs in through the login form, sends forms with CSRF. */
public final class WebSession {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String CSRF_FIELD = "csrf-token";

    private final Map<String, String> cookies = new HashMap<>();

    public static WebSession anonymous() {
        return new WebSession();
    }

    public static WebSession admin() {
        return signedIn(ADMIN, ADMIN_PASSWORD);
    }

    /** Signs in through the login form and fails when the sign-in is refused. */
    public static WebSession signedIn(String username, String password) {
        var session = new WebSession();
        var response = session.signIn(username, password);
        if (!"/".equals(Html.locationPath(response))) {
            throw new AssertionError("Sign-in of " + username + " refused: " + response.header("Location"));
        }
        return session;
    }

    /** Posts the login form; the response is the redirect (to the start page or back to the form with an error). */
    public Response signIn(String username, String password) {
        get("/login");
        return keep(request().formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check"));
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    public Document page(String path) {
        return Html.parse(get(path));
    }

    /** Sends a form the way a browser would, with the CSRF token the page at {@code pagePath} carries. */
    public Response submit(String pagePath, String action, Map<String, String> fields) {
        var token = Jsoup.parse(get(pagePath).asString()).select("input[name=" + CSRF_FIELD + "]").attr("value");
        var form = new LinkedHashMap<String, String>(fields);
        form.put(CSRF_FIELD, token);
        return post(action, form);
    }

    /** Sends form fields exactly as given, without adding a CSRF token. */
    public Response post(String action, Map<String, String> fields) {
        var spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach(spec::formParam);
        return keep(spec.post(action));
    }

    /** Another visitor holding a copy of this one's cookies, as someone who copied them would. */
    public WebSession copy() {
        var copy = new WebSession();
        copy.cookies.putAll(cookies);
        return copy;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private Response keep(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }
}
