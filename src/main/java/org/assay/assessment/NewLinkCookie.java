package org.assay.assessment;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.assay.assessment.AssessmentViews.CreatedInvitation;
import org.assay.web.CookieSigner;

/**
 * Carries a new invitation's link from the POST that made it to the page that shows it (Post/Redirect/Get). The
 * signed cookie goes only to the admin's browser, lives a few minutes and is cleared by the page that shows it, so a
 * reload neither makes a second invitation nor shows the link again.
 */
@ApplicationScoped
public class NewLinkCookie {

    static final String NAME = "assay-new-link";
    static final String PATH = "/admin/invitations";
    private static final String PURPOSE = "new-invitation-link";
    private static final int MAX_AGE_SECONDS = 300;

    private final CookieSigner signer;

    public NewLinkCookie(CookieSigner signer) {
        this.signer = signer;
    }

    public NewCookie issue(CreatedInvitation created) {
        return cookie(signer.sign(PURPOSE, created.id() + ":" + created.token()), MAX_AGE_SECONDS);
    }

    /** The redirect after making an invitation: to the page that shows its link once. */
    public Response redirect(CreatedInvitation created) {
        return Response.seeOther(URI.create(PATH + "/" + created.id() + "/created")).cookie(issue(created)).build();
    }

    public NewCookie clear() {
        return cookie("", 0);
    }

    /** The token of invitation {@code id} when the cookie holds it, signed by this server. */
    public Optional<String> token(String cookieValue, long id) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return Optional.empty();
        }
        var prefix = id + ":";
        return signer.verify(PURPOSE, cookieValue).filter(value -> value.startsWith(prefix))
                .map(value -> value.substring(prefix.length()));
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME).value(value).path(PATH).maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
