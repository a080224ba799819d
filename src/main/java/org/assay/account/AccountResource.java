package org.assay.account;

import java.net.URI;
import java.util.List;

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

import org.assay.account.ApiTokenService.CreatedToken;
import org.assay.account.ApiTokenService.TokenRow;
import org.assay.web.AssayConfig;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/** The signed-in user's own account: changing their password, and their API tokens. */
@Path("/account")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(AccountView view);

        static native TemplateInstance change(FormErrors errors, String help);
    }

    /**
     * What the account page shows.
     *
     * @param created a token just made, shown on this response only; null otherwise
     */
    public record AccountView(String username, List<TokenRow> tokens, CreatedToken created, String name,
            FormErrors errors) {
    }

    private final ApiTokenService tokens;
    private final PasswordService passwords;
    private final SessionEpochs epochs;
    private final CurrentUser user;
    private final Flash flash;
    private final AssayConfig config;

    public AccountResource(ApiTokenService tokens, PasswordService passwords, SessionEpochs epochs, CurrentUser user,
            Flash flash, AssayConfig config) {
        this.tokens = tokens;
        this.passwords = passwords;
        this.epochs = epochs;
        this.user = user;
        this.flash = flash;
        this.config = config;
    }

    @GET
    public TemplateInstance account() {
        return page(null, "", FormErrors.NONE);
    }

    @GET
    @Path("password")
    public TemplateInstance changeForm() {
        return Templates.change(FormErrors.NONE, passwordHelp());
    }

    /** Changes the password; this browser stays signed in, the account's other sessions end. */
    @POST
    @Path("password")
    public Response change(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String confirmPassword) {
        try {
            var account = passwords.change(user.username(), currentPassword, newPassword, confirmPassword);
            flash.set("Your password was changed. Your other sessions have ended.");
            return Response.seeOther(URI.create("/account")).cookie(epochs.renewed(account)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(Templates.change(e.errors(), passwordHelp())).build();
        }
    }

    /** Shows the new token on this response only: it is not kept and cannot be shown again. */
    @POST
    @Path("tokens")
    public Response create(@RestForm String name) {
        try {
            return Response.ok(page(tokens.create(user.username(), name), "", FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(null, name, e.errors())).build();
        }
    }

    @POST
    @Path("tokens/{id}/revoke")
    public Response revoke(@RestPath long id) {
        tokens.revoke(user.username(), id);
        flash.set("The token was revoked: it no longer signs anyone in.");
        return Response.seeOther(URI.create("/account")).build();
    }

    private String passwordHelp() {
        return PasswordResource.help(config);
    }

    private TemplateInstance page(CreatedToken created, String name, FormErrors errors) {
        return Templates.account(new AccountView(user.username(), tokens.list(user.username()), created,
                name == null ? "" : name, errors));
    }
}
