package org.assay.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.Role;
import org.assay.assessment.AssessmentViews.InvitationRow;

/** Admin page: every invitation with where the candidate is, filtered by status. */
@Path("/admin/invitations")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class InvitationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(InvitationsView view);
    }

    /** The invitation list and the status filter. */
    public record InvitationsView(List<InvitationRow> invitations, List<InvitationStatus> statuses,
            String status) {
    }

    private final InvitationService invitations;

    public InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GET
    public TemplateInstance list(@RestQuery String status) {
        var wanted = Arrays.stream(InvitationStatus.values()).filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst();
        var rows = invitations.list(Optional.empty()).stream()
                .filter(row -> wanted.isEmpty() || row.status() == wanted.get()).toList();
        return Templates.list(new InvitationsView(rows, List.of(InvitationStatus.values()),
                wanted.map(Enum::name).orElse("")));
    }
}
