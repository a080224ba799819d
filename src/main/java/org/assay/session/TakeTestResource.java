package org.assay.session;

import java.net.URI;

import jakarta.ws.rs.Consumes;
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
    }

    private final TakeTestService pages;
    private final AttemptService attempts;

    public TakeTestResource(TakeTestService pages, AttemptService attempts) {
        this.pages = pages;
        this.attempts = attempts;
    }

    @GET
    public Response welcome(@RestPath String token) {
        var entry = pages.entry(token);
        if (entry instanceof TakeTestService.Entry.Resume resume) {
            return seeOther(token, "/q/" + resume.position());
        }
        return Response.ok(Templates.start(((TakeTestService.Entry.Welcome) entry).view())).build();
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath String token) {
        return seeOther(token, "/q/" + attempts.start(token).currentPosition);
    }

    @GET
    @Path("q/{position}")
    public TemplateInstance question(@RestPath String token, @RestPath int position) {
        return Templates.page(pages.page(token, position));
    }

    @POST
    @Path("q/{position}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String token, @RestPath int position, @RestForm String text,
            @RestForm Integer revision, @RestForm Integer base, @RestForm String go) {
        var result = pages.post(token, position, text, revision, base, go);
        if (result instanceof TakeTestService.FormResult.Refused refused) {
            return Response.status(refused.status()).entity(Templates.page(refused.view())).build();
        }
        return Response.seeOther(URI.create(((TakeTestService.FormResult.Redirect) result).path())).build();
    }

    @GET
    @Path("submit")
    public TemplateInstance confirm(@RestPath String token) {
        return Templates.confirm(pages.confirm(token));
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath String token) {
        attempts.submit(token);
        return seeOther(token, "/done");
    }

    @GET
    @Path("done")
    public Response done(@RestPath String token) {
        return pages.done(token).map(view -> Response.ok(Templates.submitted(view)).build())
                .orElseGet(() -> seeOther(token, ""));
    }

    private static Response seeOther(String token, String rest) {
        return Response.seeOther(URI.create(TakeTestService.base(token) + rest)).build();
    }
}
