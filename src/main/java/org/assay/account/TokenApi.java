package org.assay.account;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.assay.account.ApiTokenService.CreatedToken;
import org.assay.account.ApiTokenService.TokenRow;
import org.assay.web.Problem;

/** JSON API for one's own API tokens. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Tag(name = "Accounts")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TokenApi {

    /** A new token's name, after the script that will use it. */
    public record NewToken(@Schema(examples = "applicant tracking sync") String name) {
    }

    private final ApiTokenService tokens;
    private final CurrentUser user;

    public TokenApi(ApiTokenService tokens, CurrentUser user) {
        this.tokens = tokens;
        this.user = user;
    }

    @GET
    @Operation(summary = "Your tokens, newest first, with when each was last used; never the tokens themselves")
    public List<TokenRow> list() {
        return tokens.list(user.username());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a token; send it as 'Authorization: Bearer <token>'. It is returned only this once")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CreatedToken.class)))
    @APIResponse(responseCode = "422", description = "No name, or too many active tokens",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(NewToken body) {
        var created = tokens.create(user.username(), body == null ? "" : body.name());
        return Response.created(URI.create("/api/tokens/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of your tokens; it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "You have no such token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@RestPath long id) {
        tokens.revoke(user.username(), id);
        return Response.noContent().build();
    }
}
