package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.Fixtures;
import org.assay.support.WebSession;

/** An admin invites a candidate, copies the link with the keyboard, and revokes it; dates in the viewer's zone. */
@QuarkusTest
@Tag("browser")
class InvitationBrowserTest extends BrowserSupport {

    private static final String CANDIDATE = "Katherine Johnson";

    @TestHTTPResource("/")
    URL base;

    @Test
    void adminInvitesCopiesTheLinkAndRevokesIt() {
        openPage("Asia/Tokyo");
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        long assessment = Fixtures.assessment("Browser round", List.of("q01"));
        var url = base.toString().replaceAll("/$", "");
        page.navigate(url + "/admin/assessments/" + assessment);
        page.getByLabel("Username").fill(WebSession.ADMIN);
        page.getByLabel("Password").fill(WebSession.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/admin/assessments/" + assessment);

        page.getByLabel("Candidate's name").fill(CANDIDATE);
        page.getByLabel("Email").fill("katherine@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation link")).click();
        page.waitForURL("**/admin/invitations/*/created");

        var link = page.locator("#invitation-link").innerText().strip();
        assertThat(link).contains("/t/");
        assertThat(page.locator("time[data-local-time]").innerText()).contains("GMT+9").doesNotContain("UTC");
        var copy = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy link"));
        copy.focus();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator(".copy-status")).hasText("Copied.");
        assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(link);

        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#link-gone")).containsText("shown once");

        page.navigate(url + "/admin/invitations");
        var row = page.locator("tr", new Page.LocatorOptions().setHasText(CANDIDATE));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke " + CANDIDATE)).click();
        PlaywrightAssertions.assertThat(page.locator(".flash")).containsText("Revoked the invitation of " + CANDIDATE);
        PlaywrightAssertions.assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(CANDIDATE))
                .locator(".badge")).hasText("revoked");

        var candidate = page.navigate(link);
        assertThat(candidate.status()).isEqualTo(410);
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("This invitation has been withdrawn");
    }
}
