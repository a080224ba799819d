package org.assay.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** The not-found page for addresses no resource or static file answers. */
@ApplicationScoped
public class FallbackRoutes {

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(FallbackRoutes::notFound);
    }

    private static void notFound(RoutingContext context) {
        var path = context.normalizedPath();
        var response = context.response().setStatusCode(404);
        if (path.equals("/api") || path.startsWith("/api/")) {
            var problem = JsonObject.of("type", "urn:assay:problem:not-found", "title", ErrorPages.title(404),
                    "status", 404, "detail", "Nothing is served at " + path + ".");
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(problem.encode());
        } else {
            var page = ErrorPages.notFound(new ErrorView(404, ErrorPages.title(404), "", "")).render();
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(page);
        }
    }
}
