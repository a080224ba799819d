package org.assay.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Moves the {@link Flash} message through a cookie: set on a redirect, shown and cleared by the next page. The cookie
 * is signed, so a page only ever shows a message this server set, never text another site planted in the cookie.
 */
public final class FlashFilters {

    static final String COOKIE = "assay-flash";
    private static final String PURPOSE = "flash";
    private static final int MAX_LENGTH = 500;

    private final Flash flash;
    private final CookieSigner signer;

    public FlashFilters(Flash flash, CookieSigner signer) {
        this.flash = flash;
        this.signer = signer;
    }

    @ServerRequestFilter
    public void read(ContainerRequestContext request) {
        var cookie = request.getCookies().get(COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            signer.verify(PURPOSE, cookie.getValue())
                    .ifPresent(text -> flash.received(URLDecoder.decode(text, StandardCharsets.UTF_8)));
        }
    }

    @ServerResponseFilter
    public void write(ContainerResponseContext response) {
        var outgoing = flash.outgoing();
        if (outgoing.isPresent()) {
            var text = outgoing.get().length() > MAX_LENGTH ? outgoing.get().substring(0, MAX_LENGTH) : outgoing.get();
            var signed = signer.sign(PURPOSE, URLEncoder.encode(text, StandardCharsets.UTF_8));
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie(signed, 60));
        } else if (flash.message().isPresent() && isPage(response)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie("", 0));
        }
    }

    private static boolean isPage(ContainerResponseContext response) {
        var type = response.getMediaType();
        // A page built from a template may leave its type to the resource's @Produces: unset here
        return response.getStatus() < 300 && (type == null || type.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
