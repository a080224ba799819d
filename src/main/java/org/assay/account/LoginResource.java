package org.assay.account;

import java.net.URI;

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

import org.assay.web.AssayConfig;
import org.assay.web.Flash;

/** The sign-in page (the form posts to /j_security_check, handled by Quarkus) and sign-out. */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, int failedLogins, long lockoutMinutes);
    }

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
    public Response login(@RestQuery boolean error) {
        if (user.signedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        var limits = config.limits();
        var page = Templates.login(error, limits.failedLogins(), Math.max(1, limits.lockout().toMinutes()));
        return Response.ok(page).build();
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
