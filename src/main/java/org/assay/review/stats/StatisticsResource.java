package org.assay.review.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.assay.account.CurrentUser;
import org.assay.account.Role;
import org.assay.review.second.AgreementView;
import org.assay.review.second.SecondMarkingService;

/** Question statistics pages: of an assessment and of a bank. */
@Path("/review")
@RolesAllowed({ Role.ADMIN, Role.INTERVIEWER })
@Produces(MediaType.TEXT_HTML)
public class StatisticsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(StatisticsView view, AgreementView agreement);
    }

    private final StatisticsService statistics;
    private final SecondMarkingService marking;
    private final CurrentUser user;

    public StatisticsResource(StatisticsService statistics, SecondMarkingService marking, CurrentUser user) {
        this.statistics = statistics;
        this.marking = marking;
        this.user = user;
    }

    @GET
    @Path("assessments/{id}/statistics")
    public TemplateInstance assessment(@RestPath long id) {
        return Templates.statistics(statistics.assessment(id, user.username())
                .orElseThrow(() -> new NotFoundException("There is no assessment " + id + ".")),
                marking.agreement(id).orElse(null));
    }

    @GET
    @Path("banks/{key}/statistics")
    public TemplateInstance bank(@RestPath String key) {
        return Templates.statistics(statistics.bank(key, user.username())
                .orElseThrow(() -> new NotFoundException("There is no bank " + key + ".")), null);
    }
}
