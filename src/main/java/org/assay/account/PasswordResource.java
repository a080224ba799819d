package org.assay.account;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.web.AssayConfig;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/** Setting a new password through a one-time link from an admin. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PasswordResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance set(String username, String token, FormErrors errors, String help);
    }

    private final PasswordService passwords;
    private final Flash flash;
    private final AssayConfig config;

    public PasswordResource(PasswordService passwords, Flash flash, AssayConfig config) {
        this.passwords = passwords;
        this.flash = flash;
        this.config = config;
    }

    @GET
    @Path("password/{token}")
    @PermitAll
    public TemplateInstance setForm(@RestPath String token) {
        var username = passwords.usernameFor(token).orElseThrow(PasswordService::unusable);
        return Templates.set(username, token, FormErrors.NONE, minLength());
    }

    @POST
    @Path("password/{token}")
    @PermitAll
    public Response set(@RestPath String token, @RestForm String newPassword, @RestForm String confirmPassword) {
        try {
            var account = passwords.setWithLink(token, newPassword, confirmPassword);
            flash.set("Your password is set. Sign in as " + account.username + " with it.");
            return Response.seeOther(URI.create("/login")).build();
        } catch (InvalidInputException e) {
            var username = passwords.usernameFor(token).orElse("");
            return Response.status(422).entity(Templates.set(username, token, e.errors(), minLength())).build();
        }
    }

    private String minLength() {
        return help(config);
    }

    /** The rule a new password follows, as its field's help says it. */
    static String help(AssayConfig config) {
        return "At least " + config.limits().passwordMinLength() + " characters.";
    }
}
