package org.assay.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.web.Flash;
import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;
import org.assay.webhook.WebhookViews.DeliveryRow;
import org.assay.webhook.WebhookViews.EventChoice;
import org.assay.webhook.WebhookViews.WebhookRow;

/** Admin pages: register receivers, turn them off and on, see their deliveries and re-send a failed one. */
@Path("/admin/webhooks")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class WebhookResource {

    /** 24 random bytes for a suggested secret: 32 characters once encoded. */
    private static final int SECRET_BYTES = 24;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance detail(WebhookRow webhook, List<DeliveryRow> deliveries, String status);
    }

    /** The receivers and the form to register one, with a fresh secret suggested. */
    public record ListView(List<WebhookRow> webhooks, List<EventChoice> events, WebhookForm form,
            FormErrors errors) {
    }

    private final WebhookService webhooks;
    private final CurrentUser user;
    private final Flash flash;
    private final SecureRandom random = new SecureRandom();

    public WebhookResource(WebhookService webhooks, CurrentUser user, Flash flash) {
        this.webhooks = webhooks;
        this.user = user;
        this.flash = flash;
    }

    @GET
    public TemplateInstance list() {
        return page(new WebhookForm("", suggestedSecret(), List.of(), ""), FormErrors.NONE);
    }

    @POST
    public Response register(@RestForm String url, @RestForm String secret, @RestForm List<String> events,
            @RestForm String description) {
        var form = new WebhookForm(url, secret, events, description);
        try {
            var webhook = webhooks.register(form, user.username());
            flash.set("Registered " + webhook.url + ". Give the receiver the secret; Assay will not show it again.");
            return Response.seeOther(URI.create("/admin/webhooks/" + webhook.id)).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(page(form, e.errors())).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id, @RestQuery String status) {
        var webhook = webhooks.find(id).orElseThrow(() -> new NotFoundException("There is no webhook " + id + "."));
        var filter = WebhookApi.status(status);
        return Templates.detail(webhook, webhooks.deliveries(id, filter), filter.map(Enum::name).orElse(""));
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@RestPath long id) {
        webhooks.setActive(id, true, user.username());
        flash.set("The webhook is on: new events are sent to it.");
        return Response.seeOther(URI.create("/admin/webhooks/" + id)).build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@RestPath long id) {
        webhooks.setActive(id, false, user.username());
        flash.set("The webhook is off: no new events are queued for it. Deliveries already queued are still tried.");
        return Response.seeOther(URI.create("/admin/webhooks/" + id)).build();
    }

    @POST
    @Path("deliveries/{id}/resend")
    public Response resend(@RestPath long id) {
        var delivery = webhooks.resend(id, user.username());
        flash.set("Delivery " + id + " (" + delivery.event() + ") is queued to be sent again.");
        return Response.seeOther(URI.create("/admin/webhooks/" + delivery.webhookId())).build();
    }

    private TemplateInstance page(WebhookForm form, FormErrors errors) {
        return Templates.list(new ListView(webhooks.list(), WebhookService.events(), form, errors));
    }

    private String suggestedSecret() {
        var bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
