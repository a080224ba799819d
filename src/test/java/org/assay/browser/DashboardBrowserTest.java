package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.session.AttemptStatus;
import org.assay.support.Fixtures;
import org.assay.support.WebSession;

@QuarkusTest
@Tag("browser")
class DashboardBrowserTest extends BrowserSupport {

    @TestHTTPResource("/")
    URL base;

    @Test
    void adminFollowsACountToTheListItCountsAndReadsTheChart() {
        long assessment = Fixtures.assessment("Browser dashboard round", List.of("q01"));
        Fixtures.attempt(Fixtures.invitation(assessment, "Dana Dashboard"), AttemptStatus.SUBMITTED,
                List.of("An answer"));
        var url = base.toString().replaceAll("/$", "");

        page.navigate(url + "/login");
        page.getByLabel("Username").fill(WebSession.ADMIN);
        page.getByLabel("Password").fill(WebSession.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url + "/");

        var count = page.locator("#count-to-review .count");
        PlaywrightAssertions.assertThat(count).isVisible();
        var waiting = count.innerText().strip();
        assertThat(Long.parseLong(waiting)).isPositive();
        var chart = page.locator("#submissions-chart");
        PlaywrightAssertions.assertThat(chart).isVisible();
        assertThat(chart.boundingBox().width).isGreaterThan(200);
        PlaywrightAssertions.assertThat(chart.locator("g.bar")).hasCount(14);
        var today = chart.locator("g.bar").last();
        assertThat(Long.parseLong(today.locator("text").first().textContent())).isPositive();
        // The queue shows the ten longest waiting; other tests' attempts may have waited longer than Dana's
        var queued = page.locator("#queue-table tbody tr").count();
        assertThat(queued).isBetween(1, 10);

        page.locator("#count-to-review a").click();
        page.waitForURL("**/review?status=to-review");
        PlaywrightAssertions.assertThat(page.locator("table.attempts caption")).hasText(waiting
                + ("1".equals(waiting) ? " attempt" : " attempts"));
        PlaywrightAssertions.assertThat(page.locator("table.attempts")).containsText("Dana Dashboard");
    }
}
