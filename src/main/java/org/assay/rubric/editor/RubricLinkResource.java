package org.assay.rubric.editor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import org.assay.account.Role;
import org.assay.rubric.BankService;

/** {@code /admin/rubrics/{questionId}}: a question's rubric by database id, for links from other pages. */
@Path("/admin/rubrics")
@RolesAllowed(Role.INTERVIEWER)
public class RubricLinkResource {

    private final BankService banks;

    public RubricLinkResource(BankService banks) {
        this.banks = banks;
    }

    @GET
    @Path("{questionId}")
    public Response open(@RestPath long questionId) {
        var ref = banks.locate(questionId)
                .orElseThrow(() -> new NotFoundException("There is no question " + questionId + "."));
        return Response.seeOther(RubricPaths.questionUri(ref.bankKey(), ref.qid())).build();
    }
}
