package org.assay.web;

import java.util.Optional;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** Values every page's layout needs: the CSRF token and the flash message (who is signed in: account). */
@TemplateGlobal
final class TemplateGlobals {

    /** Where quarkus-rest-csrf keeps the current request's token. */
    private static final String CSRF_TOKEN_KEY = "csrf_token";

    private TemplateGlobals() {
    }

    /** The CSRF token for forms, or empty where none was issued (an error page after a rejected form). */
    static String csrfToken() {
        var container = Arc.container();
        if (!container.requestContext().isActive()) {
            return "";
        }
        var context = container.instance(CurrentVertxRequest.class).get().getCurrent();
        return context == null || context.get(CSRF_TOKEN_KEY) == null ? "" : context.get(CSRF_TOKEN_KEY).toString();
    }

    static String flash() {
        var container = Arc.container();
        if (!container.requestContext().isActive()) {
            return "";
        }
        return Optional.ofNullable(container.instance(Flash.class).get()).flatMap(Flash::message).orElse("");
    }
}
