package org.assay.web;

import java.util.Optional;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import org.assay.account.Role;

/** Values every page's layout needs: who is signed in, the CSRF token and the flash message. */
@TemplateGlobal
final class TemplateGlobals {

    /** Where quarkus-rest-csrf keeps the current request's token. */
    private static final String CSRF_TOKEN_KEY = "csrf_token";

    private TemplateGlobals() {
    }

    static Viewer viewer() {
        var container = Arc.container();
        if (!container.requestContext().isActive()) {
            return Viewer.ANONYMOUS;
        }
        try {
            var identity = container.instance(SecurityIdentity.class).get();
            if (identity.isAnonymous()) {
                return Viewer.ANONYMOUS;
            }
            return new Viewer(identity.getPrincipal().getName(), identity.hasRole(Role.ADMIN),
                    identity.hasRole(Role.INTERVIEWER));
        } catch (RuntimeException notResolvable) {
            // Error pages can render where the identity cannot be resolved (an I/O thread): show the plain layout.
            return Viewer.ANONYMOUS;
        }
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
