package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.rubric.TestBanks;

@QuarkusTest
@Tag("browser")
class YamlEditorBrowserTest extends BrowserSupport {

    /** In q06.yaml, "points: 10" is on line 4. */
    private static final int POINTS_LINE = 4;

    @TestHTTPResource("/")
    URL base;

    @Test
    void theCodeEditorNumbersLinesMarksEachProblemOnItsLineAndSavesInPlace() {
        var bank = TestBanks.fresh("q06");
        var yamlPage = url("/admin/banks/" + bank + "/questions/q06/yaml");
        signIn(page);
        page.navigate(yamlPage);

        PlaywrightAssertions.assertThat(page.locator("#yaml-code .cm-editor")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("textarea#yaml")).isHidden();
        PlaywrightAssertions.assertThat(page.locator(".cm-lineNumbers .cm-gutterElement", new Page.LocatorOptions()
                .setHasText("12")).first()).isVisible();

        editPointsLine("points: 11");
        page.locator("button[value=check]").click();

        var problem = page.locator("#yaml-problems li").first();
        PlaywrightAssertions.assertThat(problem).containsText("add up to 10");
        assertThat(problem.getAttribute("data-line")).isEqualTo("" + POINTS_LINE);
        var marker = page.locator(".cm-gutter-lint .cm-gutterElement .cm-lint-marker-error").first();
        PlaywrightAssertions.assertThat(marker).isVisible();
        var number = page.locator(".cm-lineNumbers .cm-gutterElement", new Page.LocatorOptions()
                .setHasText(Pattern.compile("^" + POINTS_LINE + "$"))).first();
        assertThat(Math.abs(marker.boundingBox().y - number.boundingBox().y)).as("marker beside line " + POINTS_LINE)
                .isLessThan(number.boundingBox().height);

        problem.locator("a").click();
        PlaywrightAssertions.assertThat(page.locator(".cm-activeLine")).hasText("points: 11");

        editPointsLine("points: 10  # checked with the panel");
        page.locator("#note").fill("Comment on the points");
        page.locator("button[value=save]").click();

        PlaywrightAssertions.assertThat(page.locator(".flash")).hasText("Saved version 2.");
        assertThat(page.url()).isEqualTo(yamlPage);
        PlaywrightAssertions.assertThat(page.locator(".cm-content"))
                .containsText("points: 10  # checked with the panel");
    }

    @Test
    void withoutJavaScriptThePlainTextareaStillSaves() {
        var bank = TestBanks.fresh("q06");
        var yamlPage = url("/admin/banks/" + bank + "/questions/q06/yaml");
        var plain = pageWithoutScripts();
        signIn(plain);
        plain.navigate(yamlPage);

        var textarea = plain.locator("textarea#yaml");
        PlaywrightAssertions.assertThat(textarea).isVisible();
        assertThat(plain.locator(".cm-editor").count()).isZero();
        textarea.fill("# reviewed\n" + textarea.inputValue());
        plain.locator("button[value=save]").click();

        PlaywrightAssertions.assertThat(plain.locator(".flash")).hasText("Saved version 2.");
        assertThat(TestBanks.current(bank, "q06").content).startsWith("# reviewed\nid: q06\n");
        plain.context().close();
    }

    private void editPointsLine(String replacement) {
        page.locator(".cm-line").nth(POINTS_LINE - 1).click();
        page.keyboard().press("Home");
        page.keyboard().press("Shift+End");
        page.keyboard().type(replacement);
        PlaywrightAssertions.assertThat(page.locator(".cm-line").nth(POINTS_LINE - 1)).hasText(replacement);
    }

    private void signIn(Page on) {
        signInAsAdmin(on, url(""));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
