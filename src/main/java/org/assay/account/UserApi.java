package org.assay.account;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import org.assay.web.Problem;

/** JSON API for accounts: admins list them, change roles, reset passwords; anyone changes their own password. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UserApi {

    /** A new role: admin or interviewer. */
    public record RoleChange(@Schema(examples = "interviewer") String role) {
    }

    /** One's own password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    private final AccountService accounts;
    private final PasswordService passwords;
    private final CurrentUser user;

    public UserApi(AccountService accounts, PasswordService passwords, CurrentUser user) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.user = user;
    }

    @GET
    @Path("users")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Every account, without password hashes")
    public List<UserRow> list() {
        return accounts.list();
    }

    @POST
    @Path("users/{id}/role")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Change an account's role; the last active admin cannot be demoted")
    @APIResponse(responseCode = "422", description = "Unknown role, or the last active admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserRow changeRole(@RestPath long id, RoleChange change) {
        accounts.changeRole(id, change == null ? "" : change.role(), user.username());
        return row(id);
    }

    @POST
    @Path("users/{id}/disable")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Disable an account and end its sessions; not one's own, nor the last active admin")
    @APIResponse(responseCode = "422", description = "One's own account, or the last active admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserRow disable(@RestPath long id) {
        accounts.setEnabled(id, false, user.username());
        return row(id);
    }

    @POST
    @Path("users/{id}/enable")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Enable an account again")
    public UserRow enable(@RestPath long id) {
        accounts.setEnabled(id, true, user.username());
        return row(id);
    }

    @POST
    @Path("users/{id}/password-reset")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "A one-time link for the user to set a new password, returned only in this response;"
            + " earlier links stop working")
    public PasswordService.ResetLink resetPassword(@RestPath long id) {
        return passwords.reset(id, user.username());
    }

    @POST
    @Path("account/password")
    @RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
    @Operation(summary = "Change one's own password; the account's sessions end")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "422", description = "Wrong current password, or a new one that breaks the rules",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changePassword(PasswordChange change) {
        var input = change == null ? new PasswordChange("", "") : change;
        passwords.change(user.username(), input.currentPassword(), input.newPassword(), input.newPassword());
        return Response.noContent().build();
    }

    private UserRow row(long id) {
        return accounts.list().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
