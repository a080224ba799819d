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
import org.assay.support.WebSession;

@QuarkusTest
@Tag("browser")
class RubricAuthoringBrowserTest extends BrowserSupport {

    private static final String LABEL = "Queries meet keys in a scaled dot product that rates every pair of tokens";
    private static final String ANSWER = "Each token's query is compared with every key; a softmax turns the "
            + "scores into weights for a weighted sum of the values.";
    private static final String NOTE = "Sharper wording of the first criterion";
    private static final LocatorAssertions.IsVisibleOptions GRADING_WAIT =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    @TestHTTPResource("/")
    URL base;

    @Test
    void adminEditsACriterionTriesAnAnswerSavesAndFindsTheVersionInTheHistory() {
        var bank = TestBanks.fresh("q06");
        var editor = url("/admin/banks/" + bank + "/questions/q06");
        // The first editor page loads the language models and grades the examples: done here, not in the browser
        WebSession.admin().page("/admin/banks/" + bank + "/questions/q06");
        signIn();

        page.navigate(editor);
        page.getByLabel("Label").first().fill(LABEL);
        page.getByLabel("Answer", new Page.GetByLabelOptions().setExact(true)).fill(ANSWER);
        page.evaluate("window.sameDocument = true");
        page.locator("#try-button").click();

        PlaywrightAssertions.assertThat(page.locator("#report-score")).isVisible(GRADING_WAIT);
        assertThat(page.evaluate("window.sameDocument === true")).as("graded in place, without a reload")
                .isEqualTo(true);
        assertThat(page.locator("#report .score").textContent()).contains("graded against the draft");
        assertThat(page.locator("#criteria-0-label").inputValue()).isEqualTo(LABEL);

        page.locator("#note").fill(NOTE);
        page.locator("#save-button").click();
        PlaywrightAssertions.assertThat(page.locator(".flash")).hasText("Saved version 2.");
        assertThat(page.locator("#criteria-0-label").inputValue()).isEqualTo(LABEL);

        page.getByText("History", new Page.GetByTextOptions().setExact(true)).click();
        var newest = page.locator("#versions tr.version").first();
        PlaywrightAssertions.assertThat(newest).hasAttribute("data-version", "2");
        PlaywrightAssertions.assertThat(newest.locator(".note")).hasText(NOTE);
        PlaywrightAssertions.assertThat(newest.locator(".author")).hasText(WebSession.ADMIN);
    }

    private void signIn() {
        signInAsAdmin(page, url(""));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
