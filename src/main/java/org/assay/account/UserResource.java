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

import org.assay.web.AssayConfig;
import org.assay.web.FormErrors;
import org.assay.web.Flash;
import org.assay.web.InvalidInputException;

/** Admin page to add, disable and enable accounts. */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class UserResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(UsersView view);

        static native TemplateInstance reset(PasswordService.ResetLink link);
    }

    /** What the users page shows: the accounts and the add form, possibly with errors. */
    public record UsersView(List<UserRow> users, NewUser form, FormErrors errors, String me,
            int passwordMinLength) {

        public String passwordHelp() {
            return "At least " + passwordMinLength + " characters. Give it to the person privately.";
        }
    }

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Flash flash;
    private final AssayConfig config;
    private final PasswordService passwords;

    public UserResource(AccountService accounts, CurrentUser currentUser, Flash flash,
            AssayConfig config, PasswordService passwords) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.flash = flash;
        this.config = config;
    }

    @GET
    public TemplateInstance list() {
        return page(NewUser.BLANK, FormErrors.NONE);
    }

    @POST
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String role,
            @RestForm String password) {
        var input = new NewUser(username, displayName, role, password);
        try {
            var user = accounts.create(input, currentUser.username());
            flash.set("Added " + user.role + " " + user.username + ".");
            return Response.seeOther(URI.create("/admin/users")).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(input.withoutPassword(), e.errors())).build();
        }
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@RestPath long id) {
        return setEnabled(id, false);
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@RestPath long id) {
        return setEnabled(id, true);
    }

    @POST
    @Path("{id}/role")
    public Response changeRole(@RestPath long id, @RestForm String role) {
        try {
            var user = accounts.changeRole(id, role, currentUser.username());
            flash.set(user.username + " is now " + user.role + ".");
            return Response.seeOther(URI.create("/admin/users")).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(NewUser.BLANK, e.errors())).build();
        }
    }

    /** Shows the one-time link on this response: sending it again makes a new link and stops this one. */
    @POST
    @Path("{id}/reset-password")
    public TemplateInstance resetPassword(@RestPath long id) {
        return Templates.reset(passwords.reset(id, currentUser.username()));
    }

    private Response setEnabled(long id, boolean enabled) {
        try {
            var user = accounts.setEnabled(id, enabled, currentUser.username());
            flash.set((enabled ? "Enabled " : "Disabled ") + user.username + ".");
            return Response.seeOther(URI.create("/admin/users")).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(NewUser.BLANK, e.errors())).build();
        }
    }

    private TemplateInstance page(NewUser form, FormErrors errors) {
        return Templates.list(new UsersView(accounts.list(), form, errors, currentUser.username(),
                config.limits().passwordMinLength()));
    }
}
