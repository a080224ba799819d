package org.assay.session;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.jsoup.nodes.Document;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.assay.support.Html;
import org.assay.support.TestData;
import org.assay.support.WebSession;

/** A candidate holding an invitation link: a browser without JavaScript, or the autosave script's JSON calls. */
final class Candidate {

    final TestData.Invite invite;
    final WebSession browser = WebSession.anonymous();

    Candidate(TestData.Invite invite) {
        this.invite = invite;
    }

    String link(String rest) {
        return "/t/" + invite.token() + rest;
    }

    String api(String rest) {
        return "/api/t/" + invite.token() + rest;
    }

    Response open(String rest) {
        return browser.get(link(rest));
    }

    Document page(String rest) {
        return Html.parse(open(rest));
    }

    /** Presses Start on the welcome page. */
    Response start() {
        return browser.submit(link(""), link("/start"), Map.of());
    }

    /** Types {@code text} into question {@code n} and presses the button with value {@code go}. */
    Response answer(int n, String text, String go) {
        var page = page("/q/" + n);
        var revision = page.select("input[name=revision]").attr("value");
        return browser.post(link("/q/" + n), Map.of("csrf-token", csrf(page), "text", text, "revision", revision,
                "go", go));
    }

    Response submitForm() {
        return browser.submit(link("/submit"), link("/submit"), Map.of());
    }

    Response save(String qid, String text, int revision) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("text", text, "revision", revision))
                .put(api("/answers/" + qid));
    }

    /** A save of text edited from the stored revision {@code base}, as the script sends it. */
    Response save(String qid, String text, int revision, int base) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("text", text, "revision", revision, "base", base))
                .put(api("/answers/" + qid));
    }

    /** Posts to the API the way the script does: an empty JSON body. */
    Response post(String rest) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{}").post(api(rest));
    }

    static String csrf(Document page) {
        return page.select("input[name=csrf-token]").attr("value");
    }
}
