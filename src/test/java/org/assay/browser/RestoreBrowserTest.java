package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.assertions.PlaywrightAssertions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.rubric.TestBanks;
import org.assay.support.WebSession;

@QuarkusTest
@Tag("browser")
class RestoreBrowserTest extends BrowserSupport {

    @TestHTTPResource("/")
    URL base;

    @Test
    void restoreAsksFirstAndShowsTheFieldChangesBeforeAnythingIsSaved() {
        var bank = TestBanks.fresh("q10");
        var question = "/admin/banks/" + bank + "/questions/q10";
        var yaml = TestBanks.current(bank, "q10").content.replace("      - low temperature\n",
                "      - choose a low temperature\n");
        WebSession.admin().submit(question + "/yaml", question + "/yaml", Map.of("yaml", yaml, "baseVersion", "1",
                "action", "save"));
        signInAsAdmin(page, root());

        page.navigate(root() + question + "/history");
        page.locator("a.restore-link").first().click();

        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Restore version 1 of q10?");
        PlaywrightAssertions.assertThat(page.locator("#restore-changes li")).hasText(
                "C3 (qa_choice) expressions: − choose a low temperature, + low temperature");
        assertThat(TestBanks.versions(bank, "q10")).as("nothing saved before confirming").hasSize(2);

        page.locator("#cancel-restore").click();
        PlaywrightAssertions.assertThat(page.locator("#versions")).isVisible();
        assertThat(TestBanks.versions(bank, "q10")).hasSize(2);

        page.locator("a.restore-link").first().click();
        page.locator("#confirm-restore").click();

        PlaywrightAssertions.assertThat(page.locator(".flash")).hasText("Restored version 1 as version 3.");
        assertThat(TestBanks.current(bank, "q10").content).contains("      - low temperature\n");
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }
}
