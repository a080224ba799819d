package org.assay.account;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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

/** Changing one's own password, and setting a new one through a one-time link from an admin. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PasswordResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(FormErrors errors, String help);

        static native TemplateInstance set(String username, String token, FormErrors errors, String help);
    }

    private final PasswordService passwords;
    private final CurrentUser user;
    private final SessionEpochs epochs;
    private final Flash flash;
    private final AssayConfig config;

    public PasswordResource(PasswordService passwords, CurrentUser user, SessionEpochs epochs, Flash flash,
            AssayConfig config) {
        this.passwords = passwords;
        this.user = user;
        this.epochs = epochs;
        this.flash = flash;
        this.config = config;
    }

    @GET
    @Path("account/password")
    @RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
    public TemplateInstance changeForm() {
        return Templates.change(FormErrors.NONE, minLength());
    }

    @POST
    @Path("account/password")
    @RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
    public Response change(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String confirmPassword) {
        try {
            var account = passwords.change(user.username(), currentPassword, newPassword, confirmPassword);
            flash.set("Your password was changed. Your other sessions have ended.");
            return Response.seeOther(URI.create("/")).cookie(epochs.renewed(account)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(Templates.change(e.errors(), minLength())).build();
        }
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
        return "At least " + config.limits().passwordMinLength() + " characters.";
    }
}
