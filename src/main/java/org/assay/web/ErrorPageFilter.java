package org.assay.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives an error page (or a problem document under /api) to error responses that filters abort without a body, such
 * as a form POST whose CSRF token is missing or wrong.
 */
public final class ErrorPageFilter {

    static final String BAD_FORM = "This form could not be accepted: it has expired or did not come from an Assay "
            + "page. Go back, reload the page and send it again.";

    @ServerResponseFilter(priority = jakarta.ws.rs.Priorities.USER + 2000)
    public void fillEmptyError(UriInfo uri, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        var detail = status == 400 ? BAD_FORM : "";
        if (ErrorMappers.isApi(uri)) {
            var problem = Problem.of(status, detail);
            response.setEntity(problem, null, MediaType.valueOf(Problem.MEDIA_TYPE));
        } else {
            var page = ErrorPages.forStatus(new ErrorView(status, ErrorPages.title(status), detail, "")).render();
            response.setEntity(page, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
