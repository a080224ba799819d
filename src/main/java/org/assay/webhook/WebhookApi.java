package org.assay.webhook;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.jboss.resteasy.reactive.RestQuery;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.web.Problem;
import org.assay.webhook.WebhookViews.DeliveryRow;
import org.assay.webhook.WebhookViews.WebhookRow;

/** JSON API for webhooks: register receivers, read deliveries, re-send one. Admins only. */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Webhooks", description = "Signed POSTs to receivers on attempt.started, attempt.submitted,"
        + " attempt.graded, review.completed and invitation.expired; see docs/webhooks.md for the signature")
@APIResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookApi {

    /** The id of what was registered. */
    public record Created(long id) {
    }

    private final WebhookService webhooks;
    private final CurrentUser user;

    public WebhookApi(WebhookService webhooks, CurrentUser user) {
        this.webhooks = webhooks;
        this.user = user;
    }

    @GET
    @Operation(summary = "Registered webhooks with counts of pending, delivered and failed deliveries")
    public List<WebhookRow> list() {
        return webhooks.list();
    }

    @POST
    @Operation(summary = "Register a receiver with its secret and events; the secret is never returned")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "422", description = "Invalid input, one entry per field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(WebhookForm form) {
        var webhook = webhooks.register(form == null ? new WebhookForm(null, null, null, null) : form,
                user.username());
        return Response.created(URI.create("/api/webhooks/" + webhook.id)).entity(new Created(webhook.id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook")
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookRow webhook(@RestPath long id) {
        return webhooks.find(id).orElseThrow(() -> new NotFoundException("There is no webhook " + id + "."));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Queue new events for this webhook again")
    public WebhookRow enable(@RestPath long id) {
        webhooks.setActive(id, true, user.username());
        return webhook(id);
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Stop queuing new events for this webhook; queued deliveries are still tried")
    public WebhookRow disable(@RestPath long id) {
        webhooks.setActive(id, false, user.username());
        return webhook(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The webhook's latest deliveries (at most 200), newest first, with the body sent",
            description = "status filters by PENDING, DELIVERED or FAILED.")
    @APIResponse(responseCode = "400", description = "Unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such webhook",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeliveryRow> deliveries(@RestPath long id, @RestQuery String status) {
        return webhooks.deliveries(id, status(status));
    }

    @POST
    @Path("deliveries/{id}/resend")
    @Operation(summary = "Send a delivered or failed delivery again, with the same body and event id")
    @APIResponse(responseCode = "404", description = "No such delivery",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The delivery is still being tried",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryRow resend(@RestPath long id) {
        return webhooks.resend(id, user.username());
    }

    /** A status filter; empty for none, and a clear 400 for one that does not exist. */
    static Optional<WebhookDelivery.Status> status(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WebhookDelivery.Status.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown delivery status \u201c" + text
                    + "\u201d: use PENDING, DELIVERED or FAILED.");
        }
    }
}
