package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.account.Role;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

@QuarkusTest
class NavigationTest {

    private static final String NAV_LINKS = "nav.site-nav a[href]";

    @Test
    void interviewerReachesTheBanksFromTheNavigationAndEveryLinkShownOpens() {
        var interviewer = WebSession.signedIn(TestUsers.create(Role.interviewer), TestUsers.PASSWORD);

        var links = interviewer.page("/").select(NAV_LINKS).eachAttr("href");

        assertThat(links).contains("/review", "/admin/banks")
                .doesNotContain("/admin/assessments", "/admin/invitations", "/admin/users");
        assertThat(links).allSatisfy(href -> assertThat(interviewer.get(href).statusCode())
                .as("status of %s for an interviewer", href).isEqualTo(200));
    }

    @Test
    void everyLinkAnAdminIsShownOpens() {
        var admin = WebSession.admin();

        var links = admin.page("/").select(NAV_LINKS).eachAttr("href");

        assertThat(links).contains("/review", "/admin/banks", "/admin/assessments", "/admin/invitations",
                "/admin/users");
        assertThat(links).allSatisfy(href -> assertThat(admin.get(href).statusCode())
                .as("status of %s for an admin", href).isEqualTo(200));
    }
}
