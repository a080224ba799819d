package org.assay.account;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

import org.assay.web.AssayConfig;
import org.assay.web.Flash;

/** The sign-in page (the form posts to /j_security_check, handled by Quarkus) and sign-out. */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, int failedLogins, long lockoutMinutes, String username);
    }

    /** Carries the username typed into a refused sign-in back to the form, so only the password is typed again. */
    static final String TYPED_NAME_COOKIE = "assay-login-name";
    private static final int TYPED_NAME_MAX = 100;

    /** quarkus.http.auth.form.cookie-name */
    static final String SESSION_COOKIE = "assay-session";

    private final CurrentUser user;
    private final AssayConfig config;
    private final Flash flash;
    private final AccountService accounts;

    public LoginResource(CurrentUser user, AssayConfig config, Flash flash, AccountService accounts) {
        this.user = user;
        this.config = config;
        this.flash = flash;
        this.accounts = accounts;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery boolean error, @CookieParam(TYPED_NAME_COOKIE) String typed) {
        if (user.signedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        var limits = config.limits();
        var name = error && typed != null ? URLDecoder.decode(typed, StandardCharsets.UTF_8) : "";
        var page = Templates.login(error, limits.failedLogins(), Math.max(1, limits.lockout().toMinutes()), name);
        var response = Response.ok(page);
        return (typed == null ? response : response.cookie(new NewCookie.Builder(TYPED_NAME_COOKIE).value("")
                .path("/login").maxAge(0).httpOnly(true).build())).build();
    }

    /** On a refused form sign-in, hands the typed username to the login page the browser is sent back to. */
    static void keepTypedName(UsernamePasswordAuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (context == null || !SessionEpochs.FORM_SIGN_IN.equals(context.normalizedPath())) {
            return;
        }
        var name = request.getUsername() == null ? "" : request.getUsername();
        name = name.length() > TYPED_NAME_MAX ? name.substring(0, TYPED_NAME_MAX) : name;
        context.response().addCookie(Cookie.cookie(TYPED_NAME_COOKIE, URLEncoder.encode(name, StandardCharsets.UTF_8))
                .setPath("/login").setMaxAge(120).setHttpOnly(true).setSameSite(CookieSameSite.LAX));
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (user.signedIn()) {
            // The session cookie stays valid until it expires: a copy of it must not outlive the sign-out
            accounts.endSessions(user.username());
        }
        flash.set("You are signed out.");
        return Response.seeOther(URI.create("/login")).cookie(expired(SESSION_COOKIE), expired(SessionEpochs.COOKIE))
                .build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true).build();
    }
}
