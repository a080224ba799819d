package org.assay.assessment;

import java.time.Duration;
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

/** Admin page: every invitation with where the candidate is, filtered by status or by expiry ahead. */
@Path("/admin/invitations")
@RolesAllowed(Role.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class InvitationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(InvitationsView view);
    }

    /**
     * The invitation list and its filters.
     *
     * @param expiringDays when set, only invitations not started whose link runs out within that many days
     */
    public record InvitationsView(List<InvitationRow> invitations, List<InvitationStatus> statuses,
            String status, Integer expiringDays) {
    }

    /** Longest look-ahead of the expiring filter. */
    static final int MAX_EXPIRING_DAYS = 366;

    private final InvitationService invitations;

    public InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GET
    public TemplateInstance list(@RestQuery String status, @RestQuery String expiring) {
        var days = expiring == null || !expiring.strip().matches("\\d{1,3}") ? null
                : Math.min(Integer.parseInt(expiring.strip()), MAX_EXPIRING_DAYS);
        if (days != null) {
            return Templates.list(new InvitationsView(invitations.expiringWithin(Duration.ofDays(days)),
                    List.of(InvitationStatus.values()), "", days));
        }
        var wanted = Arrays.stream(InvitationStatus.values()).filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst();
        var rows = invitations.list(Optional.empty()).stream()
                .filter(row -> wanted.isEmpty() || row.status() == wanted.get()).toList();
        return Templates.list(new InvitationsView(rows, List.of(InvitationStatus.values()),
                wanted.map(Enum::name).orElse(""), null));
    }
}
