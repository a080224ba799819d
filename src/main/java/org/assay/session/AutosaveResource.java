package org.assay.session;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/**
 * JSON for the autosave script. The token in the path is the candidate's only credential; errors come back as
 * application/problem+json.
 */
@Path("/api/t/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class AutosaveResource {

    private final TakeTestService pages;
    private final AttemptService attempts;
    private final AutosaveService answers;
    private final IntegrityService integrity;

    public AutosaveResource(TakeTestService pages, AttemptService attempts, AutosaveService answers,
            IntegrityService integrity) {
        this.pages = pages;
        this.attempts = attempts;
        this.answers = answers;
        this.integrity = integrity;
    }

    /** Integrity signals the page noticed: {"signals": [{kind, qid, amount, at}]}. Stored ones are counted. */
    public record SignalReport(List<IntegrityService.Reported> signals) {
    }

    /** How many of the reported signals were stored. */
    public record SignalsStored(int stored) {
    }

    /**
     * Integrity signals from the candidate's page, for reviewers. At most {@value IntegrityService#MAX_PER_REPORT} a
     * report; kinds the assessment does not record are dropped.
     */
    @POST
    @Path("signals")
    @Consumes(MediaType.APPLICATION_JSON)
    public SignalsStored signals(@RestPath String token, SignalReport report,
            @RestCookie(Devices.COOKIE) String cookie,
            @RestHeader(Devices.TAB_HEADER) String tab) {
        return new SignalsStored(integrity.record(token, Devices.holder(cookie, tab),
                report == null ? List.of() : report.signals()));
    }

    /** The attempt, its answers, the deadline and the server's clock. */
    @GET
    public AttemptState state(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie,
            @RestHeader(Devices.TAB_HEADER) String tab) {
        return pages.state(token, Devices.holder(cookie, tab));
    }

    /**
     * Whether this browser may still change the attempt, its status, deadline and the server's clock. The page asks
     * once per autosave interval, so a device that was taken over turns read-only within one interval.
     */
    @GET
    @Path("presence")
    public TakeTestService.Presence presence(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie,
            @RestHeader(Devices.TAB_HEADER) String tab) {
        return pages.presence(token, Devices.holder(cookie, tab));
    }

    /** Starts the test; starting again returns the running attempt. */
    @POST
    @Path("start")
    public AttemptState start(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie,
            @RestHeader(Devices.TAB_HEADER) String tab) {
        attempts.start(token, Devices.holder(cookie, tab));
        return pages.state(token, Devices.holder(cookie, tab));
    }

    /** Saves one answer when the revision is newer than the stored one, and the base (if sent) is not older. */
    @PUT
    @Path("answers/{qid}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswerService.Saved save(@RestPath String token, @RestPath String qid, SaveRequest request,
            @RestCookie(Devices.COOKIE) String cookie,
            @RestHeader(Devices.TAB_HEADER) String tab) {
        if (request == null || request.revision() == null || request.revision() < 1) {
            throw AnswerRejectedException.invalid("Send the answer as {\"text\": ..., \"revision\": n} with n >= 1.");
        }
        return answers.save(token, qid, request.text(), request.revision(), request.base(),
                Devices.holder(cookie, tab));
    }

    /**
     * Makes this browser tab the one that may change the running attempt ("Continue here" on a page that another
     * device or tab holds). The one that had it turns read-only at its next save or check.
     */
    @POST
    @Path("takeover")
    public AttemptState takeOver(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie,
            @RestHeader(Devices.TAB_HEADER) String tab) {
        var holder = Devices.holder(cookie, tab);
        if (holder == null) {
            throw AnswerRejectedException.invalid(
                    "Taking the test over needs the browser's cookie: open the invitation link first.");
        }
        attempts.takeOver(token, holder);
        return pages.state(token, holder);
    }

    /** Submits the test; a second submit returns the same submitted state. */
    @POST
    @Path("submit")
    public AttemptState submit(@RestPath String token, @RestCookie(Devices.COOKIE) String cookie,
            @RestHeader(Devices.TAB_HEADER) String tab) {
        attempts.submit(token, Devices.holder(cookie, tab));
        return pages.state(token, Devices.holder(cookie, tab));
    }
}
