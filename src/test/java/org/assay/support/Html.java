package org.assay.support;

import java.net.URI;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;

/** Reads pages the way a user sees them. */
public final class Html {

    private Html() {
    }

    public static Document parse(Response response) {
        return Jsoup.parse(response.asString());
    }

    /** The path a redirect points to, or empty when the response is not a redirect. */
    public static String locationPath(Response response) {
        var location = response.header("Location");
        return location == null ? "" : URI.create(location).getPath();
    }

    /** The query of a redirect's target, or empty. */
    public static String locationQuery(Response response) {
        var location = response.header("Location");
        var query = location == null ? null : URI.create(location).getQuery();
        return query == null ? "" : query;
    }

    /** The visible text of the elements a CSS selector finds, joined by spaces. */
    public static String text(Document page, String selector) {
        return page.select(selector).text();
    }
}
