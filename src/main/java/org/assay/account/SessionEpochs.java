package org.assay.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

import org.assay.web.CookieSigner;

/**
 * Ties a session cookie to the account's session epoch. The session cookie itself only names the user, so beside it
 * the browser keeps a signed cookie with the epoch the session started in; a session whose epoch has passed (the
 * user signed out, or was disabled) is over even though its session cookie is still valid.
 */
@ApplicationScoped
public class SessionEpochs {

    static final String COOKIE = "assay-session-epoch";
    private static final String PURPOSE = "session-epoch";
    static final String FORM_SIGN_IN = "/j_security_check";

    private final CookieSigner signer;

    public SessionEpochs(CookieSigner signer) {
        this.signer = signer;
    }

    /** On a form sign-in, gives the browser the account's current epoch beside its new session cookie. */
    void started(AuthenticationRequest request, AppUser user) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (context != null && FORM_SIGN_IN.equals(context.normalizedPath())) {
            context.response().addCookie(Cookie.cookie(COOKIE, signer.sign(PURPOSE, user.username + ":"
                    + user.sessionEpoch)).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX));
        }
    }

    /**
     * The epoch cookie for a session that carries on after its account's epoch moved on (the user changed their own
     * password): this browser stays signed in, every other session ends.
     */
    public NewCookie renewed(AppUser user) {
        return new NewCookie.Builder(COOKIE).value(signer.sign(PURPOSE, user.username + ":" + user.sessionEpoch))
                .path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** Whether the session of this request started in the account's current epoch. */
    boolean current(AuthenticationRequest request, AppUser user) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        var cookie = context == null ? null : context.request().getCookie(COOKIE);
        return cookie != null && signer.verify(PURPOSE, cookie.getValue())
                .filter((user.username + ":" + user.sessionEpoch)::equals).isPresent();
    }
}
