package org.assay.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Pages for what fails before a resource is reached: addresses nothing answers (404) and bodies over the size limits
 * (413).
 */
@ApplicationScoped
public class FallbackRoutes {

    static final String TOO_LARGE = "The request is larger than this server accepts. Shorten it and send it again.";

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> respond(context, 404,
                "Nothing is served at " + context.normalizedPath() + "."));
        router.route().order(Integer.MIN_VALUE).failureHandler(FallbackRoutes::tooLarge);
    }

    private static void tooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            respond(context, 413, TOO_LARGE);
        } else {
            context.next();
        }
    }

    static void respond(RoutingContext context, int status, String detail) {
        var path = context.normalizedPath();
        var response = context.response().setStatusCode(status);
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(JsonObject.mapFrom(Problem.of(status, detail)).encode());
        } else {
            var page = ErrorPages.forStatus(new ErrorView(status, ErrorPages.title(status),
                    status == 404 ? "" : detail, "")).render();
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(page);
        }
    }
}
