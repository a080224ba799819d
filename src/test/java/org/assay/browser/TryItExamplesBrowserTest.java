package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.rubric.TestBanks;
import org.assay.support.Api;
import org.assay.support.WebSession;

/** Try-it, graded in place, says which scored examples moved the score and opens the one it names. */
@QuarkusTest
@Tag("browser")
class TryItExamplesBrowserTest extends BrowserSupport {

    private static final LocatorAssertions.IsVisibleOptions GRADING_WAIT =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    @TestHTTPResource("/")
    URL base;

    @Test
    void tryItShowsTheRubricAndExampleScoresApartAndLinksToTheExampleThatMovedIt() {
        var bank = TestBanks.fresh("q06");
        var example = TestBanks.examples(bank, "q06").get(0);
        assertThat(Api.asAdmin().body("{\"examplesAsEvidence\": true}").put("/api/banks/" + bank + "/settings")
                .statusCode()).isEqualTo(200);
        // The first editor page loads the language models and grades the examples: done here, not in the browser
        WebSession.admin().page("/admin/banks/" + bank + "/questions/q06/examples");
        signInAsAdmin(page, url(""));

        page.navigate(url("/admin/banks/" + bank + "/questions/q06"));
        page.getByLabel("Answer", new Page.GetByLabelOptions().setExact(true)).fill(example.answer);
        page.evaluate("window.sameDocument = true");
        page.locator("#try-button").click();

        var evidence = page.locator("#report .example-evidence");
        PlaywrightAssertions.assertThat(evidence).isVisible(GRADING_WAIT);
        assertThat(page.evaluate("window.sameDocument === true")).as("graded in place").isEqualTo(true);
        assertThat(evidence.locator(".example-final").textContent())
                .isEqualTo(page.locator("#report-score").textContent());
        assertThat(evidence.locator(".rubric-score").textContent()).isNotBlank();
        var link = evidence.locator(".example-neighbour a[href$='#example-" + example.id + "']");
        PlaywrightAssertions.assertThat(link).hasText("example " + example.id);

        link.click();

        PlaywrightAssertions.assertThat(page.locator("#example-" + example.id)).isVisible();
        assertThat(page.url()).endsWith("/questions/q06/examples#example-" + example.id);
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
