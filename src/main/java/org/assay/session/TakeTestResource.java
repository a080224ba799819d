package org.assay.session;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The candidate's pages. Every page is a form, so the test can be taken without JavaScript. */
@Path("/t/{token}")
@Produces(MediaType.TEXT_HTML)
public class TakeTestResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(WelcomeView view);

        static native TemplateInstance page(PageView view);

        static native TemplateInstance confirm(ConfirmView view);

        static native TemplateInstance submitted(DoneView view);

        static native TemplateInstance closed(ClosedView view);

        static native TemplateInstance elsewhere(ElsewhereView view);
    }

    private final TakeTestService pages;
    private final AttemptService attempts;

    public TakeTestResource(TakeTestService pages, AttemptService attempts) {
        this.pages = pages;
        this.attempts = attempts;
    }

    @GET
    public Response welcome(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie) {
        var device = Devices.idOrNew(cookie);
        var entry = pages.entry(token, device);
        Response.ResponseBuilder response;
        if (entry instanceof TakeTestService.Entry.Resume resume) {
            response = seeOtherBuilder(token, "/q/" + resume.position());
        } else if (entry instanceof TakeTestService.Entry.Elsewhere elsewhere) {
            response = Response.ok(Templates.elsewhere(elsewhere.view()));
        } else {
            response = Response.ok(Templates.start(((TakeTestService.Entry.Welcome) entry).view()));
        }
        return response.cookie(Devices.cookie(device)).build();
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie) {
        var device = Devices.idOrNew(cookie);
        return resume(token, device, attempts.start(token, device));
    }

    /** "Continue here": this browser takes the running test over from the one that had it. */
    @POST
    @Path("takeover")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeOver(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie) {
        var device = Devices.idOrNew(cookie);
        return resume(token, device, attempts.takeOver(token, device));
    }

    /** To the question the attempt is at, naming this browser in its cookie. */
    private static Response resume(String token, String device, Attempt attempt) {
        return seeOtherBuilder(token, "/q/" + attempt.currentPosition).cookie(Devices.cookie(device)).build();
    }

    @GET
    @Path("q/{position}")
    public Response question(@RestPath String token, @RestPath int position,
            @RestCookie(Devices.COOKIE) String cookie) {
        var device = Devices.idOrNew(cookie);
        return Response.ok(Templates.page(pages.page(token, position, device))).cookie(Devices.cookie(device)).build();
    }

    @POST
    @Path("q/{position}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String token, @RestPath int position, @RestForm String text,
            @RestForm Integer revision, @RestForm Integer base, @RestForm String go,
            @RestCookie(Devices.COOKIE) String cookie) {
        var result = pages.post(token, position, text, revision, base, go, Devices.idOrNew(cookie));
        if (result instanceof TakeTestService.FormResult.Refused refused) {
            return Response.status(refused.status()).entity(Templates.page(refused.view())).build();
        }
        if (result instanceof TakeTestService.FormResult.Elsewhere elsewhere) {
            return Response.status(409).entity(Templates.elsewhere(elsewhere.view())).build();
        }
        return Response.seeOther(URI.create(((TakeTestService.FormResult.Redirect) result).path())).build();
    }

    @GET
    @Path("submit")
    public TemplateInstance confirm(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie) {
        return Templates.confirm(pages.confirm(token, Devices.idOrNew(cookie)));
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie) {
        attempts.submit(token, Devices.idOrNew(cookie));
        return seeOther(token, "/done");
    }

    @GET
    @Path("done")
    public Response done(@RestPath String token) {
        return pages.done(token).map(view -> Response.ok(Templates.submitted(view)).build())
                .orElseGet(() -> seeOther(token, ""));
    }

    private static Response seeOther(String token, String rest) {
        return seeOtherBuilder(token, rest).build();
    }

    private static Response.ResponseBuilder seeOtherBuilder(String token, String rest) {
        return Response.seeOther(URI.create(TakeTestService.base(token) + rest));
    }
}
