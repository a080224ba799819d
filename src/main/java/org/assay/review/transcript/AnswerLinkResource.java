package org.assay.review.transcript;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import org.assay.account.Role;
import org.assay.session.Answer;

/**
 * {@code /review/answers/{answerId}}: an answer in its transcript, for links from pages that know only the answer,
 * such as an override that served as a scored example.
 */
@Path("/review/answers")
@RolesAllowed(Role.INTERVIEWER)
public class AnswerLinkResource {

    @GET
    @Path("{answerId}")
    @Transactional
    public Response open(@RestPath long answerId) {
        Answer answer = Answer.<Answer>findByIdOptional(answerId)
                .orElseThrow(() -> new NotFoundException("There is no answer " + answerId + "."));
        return Response.seeOther(URI.create("/review/attempts/" + answer.attempt.id + "#q" + answer.position))
                .build();
    }
}
