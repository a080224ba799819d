package org.assay.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every cookie a response sets is marked Secure when the request came over TLS, directly or through a TLS proxy
 * whose forwarded headers Quarkus is told to trust (quarkus.http.proxy.*), so the browser never sends it over plain
 * HTTP. The form-token cookie is also held to the same site, which Quarkus has no setting for.
 */
@ApplicationScoped
public class SecureCookies {

    private static final String SECURE = "; Secure";
    private static final String SAME_SITE = "; SameSite=Strict";

    private final String csrfCookie;

    public SecureCookies(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie) {
        this.csrfCookie = csrfCookie;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::harden);
    }

    private void harden(RoutingContext context) {
        // With proxy forwarding on, the request reports the scheme the proxy forwarded
        boolean tls = context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme());
        context.addHeadersEndHandler(ignored -> {
            for (Cookie cookie : context.request().cookies()) {
                harden(cookie, tls);
            }
            harden(context.response(), tls);
        });
        context.next();
    }

    /** Cookies set through Vert.x (the session cookies, the form token). */
    private void harden(Cookie cookie, boolean tls) {
        if (tls) {
            cookie.setSecure(true);
        }
        if (cookie.getName().equals(csrfCookie) && cookie.getSameSite() == null) {
            cookie.setSameSite(CookieSameSite.STRICT);
        }
    }

    /** Cookies set as Set-Cookie headers (the flash message, sign-out, the page to return to). */
    private void harden(HttpServerResponse response, boolean tls) {
        var headers = response.headers().getAll(HttpHeaders.SET_COOKIE);
        if (headers.isEmpty()) {
            return;
        }
        var hardened = headers.stream().map(header -> {
            var lower = header.toLowerCase(Locale.ROOT);
            var out = header;
            if (tls && !lower.contains("; secure")) {
                out += SECURE;
            }
            if (header.startsWith(csrfCookie + "=") && !lower.contains("samesite")) {
                out += SAME_SITE;
            }
            return out;
        }).toList();
        response.headers().set(HttpHeaders.SET_COOKIE.toString(), hardened);
    }
}
