package org.assay.review.transcript;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import org.assay.account.Role;

/** One attempt's transcript as JSON, with the engine's full reports. */
@Path("/api/attempts")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Produces(MediaType.APPLICATION_JSON)
public class TranscriptApiResource {

    private final TranscriptService transcripts;

    public TranscriptApiResource(TranscriptService transcripts) {
        this.transcripts = transcripts;
    }

    @GET
    @Path("{id}/transcript")
    public TranscriptJson transcript(@RestPath long id) {
        return transcripts.json(id).orElseThrow(() -> new NotFoundException("There is no attempt " + id + "."));
    }
}
