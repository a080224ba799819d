package org.assay.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Html;
import org.assay.support.TestUsers;
import org.assay.support.WebSession;

/** Pages learn who is signed in, and what they may do, from one request-scoped bean. */
@QuarkusTest
class CurrentUserTest {

    @Test
    void pagesNameTheSignedInUserAndOfferOnlyWhatTheirRoleAllows() {
        var name = TestUsers.create(Role.interviewer);
        var interviewer = WebSession.signedIn(name, TestUsers.PASSWORD).page("/admin/banks");
        var admin = WebSession.admin().page("/admin/banks");

        assertThat(Html.text(interviewer, ".who")).isEqualTo(name);
        assertThat(interviewer.select(".nav-links a").eachText()).containsExactly("Review", "Banks");
        assertThat(interviewer.select("a[href=/admin/bank-files]")).isEmpty();
        assertThat(Html.text(admin, ".who")).isEqualTo(WebSession.ADMIN);
        assertThat(admin.select(".nav-links a").eachText()).contains("Users");
        assertThat(admin.select("a[href=/admin/bank-files]")).hasSize(1);
    }

    @Test
    void theSignInPageSendsASignedInUserToTheStartAndShowsItselfToOthers() {
        assertThat(Html.locationPath(WebSession.admin().get("/login"))).isEqualTo("/");
        var anonymous = WebSession.anonymous().page("/login");
        assertThat(anonymous.select(".who")).isEmpty();
        assertThat(anonymous.select("input[name=j_username]")).hasSize(1);
    }
}
