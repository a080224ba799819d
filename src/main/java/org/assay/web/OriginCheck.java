package org.assay.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses requests that change something when the browser says they come from another origin (a page on another
 * site, or on another port of this host). Form tokens protect the forms; this also covers what they do not reach:
 * bodies that are not forms, empty bodies, and the sign-in form itself. Requests without these headers (scripts on the
 * API) are left to the other checks.
 */
@ApplicationScoped
public class OriginCheck {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> FOREIGN_FETCH = Set.of("cross-site", "same-site");
    static final String REFUSED = "This request came from another site or another address than Assay's own pages,"
            + " so it was refused. Open the page in Assay and send it from there.";

    private final Optional<URI> baseUrl;

    public OriginCheck(AssayConfig config) {
        this.baseUrl = config.baseUrl().map(URI::create);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        var request = context.request();
        if (SAFE.contains(request.method()) || sameOrigin(request.getHeader("Origin"), request.getHeader("Host"),
                request.getHeader("Sec-Fetch-Site"))) {
            context.next();
        } else {
            FallbackRoutes.respond(context, 403, REFUSED);
        }
    }

    /** True unless the browser names an origin other than this server's (or the configured public address). */
    boolean sameOrigin(String origin, String host, String fetchSite) {
        if (origin == null || origin.strip().equals("null")) {
            // No origin to compare: browsers send "null" for a form under Referrer-Policy no-referrer (as every page
            // here is), and from sandboxed frames. Sec-Fetch-Site still says where the request came from.
            return fetchSite == null || !FOREIGN_FETCH.contains(fetchSite.toLowerCase(Locale.ROOT));
        }
        URI from;
        try {
            from = URI.create(origin.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (from.getHost() == null) {
            return false;
        }
        int port = from.getPort() >= 0 ? from.getPort() : defaultPort(from.getScheme());
        var own = host == null ? null : HostAndPort.parseAuthority(host, defaultPort(from.getScheme()));
        return matches(from.getHost(), port, own) || baseUrl.filter(base -> base.getHost() != null)
                .map(base -> matches(from.getHost(), port, HostAndPort.create(base.getHost(),
                        base.getPort() >= 0 ? base.getPort() : defaultPort(base.getScheme()))))
                .orElse(false);
    }

    /** The origin's host and port against this server's; a Host header without a port means the scheme's default. */
    private static boolean matches(String host, int port, HostAndPort own) {
        return own != null && own.host().equalsIgnoreCase(host) && own.port() == port;
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
