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

/** The rubric editor's layout: collapsible sections, the side panel, and examples graded live on the draft. */
@QuarkusTest
@Tag("browser")
class EditorLayoutBrowserTest extends BrowserSupport {

    private static final String QID = "q06";
    private static final String ANSWER = "Each token's query is compared with every key; a softmax turns the "
            + "scores into weights for a weighted sum of the values.";
    private static final String NO_ANSWER_SAYS = "an expression no answer contains";
    private static final LocatorAssertions.IsVisibleOptions GRADING_WAIT =
            new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    @TestHTTPResource("/")
    URL base;

    @Test
    void onALaptopTheSidePanelStaysInSightBesideTheFormAndSectionsCollapse() {
        var editor = openEditor(1280, 800);

        editor.evaluate("() => document.getElementById('synonyms').scrollIntoView()");

        assertThat(editor.evaluate("() => window.scrollY > 1000")).as("scrolled far down the form").isEqualTo(true);
        assertThat(inSight(editor, "#try-button")).as("Try in sight").isTrue();
        assertThat(inSight(editor, "#save-button")).as("Save in sight").isTrue();
        assertThat(inSight(editor, "#agreeing-saved")).as("the examples' agreement in sight").isTrue();
        var form = editor.locator("#criteria").boundingBox();
        var side = editor.locator("#side-panel").boundingBox();
        assertThat(side.x).as("the panel is beside the form").isGreaterThanOrEqualTo(form.x + form.width);

        var criteria = editor.locator("#criteria > summary");
        criteria.scrollIntoViewIfNeeded();
        criteria.click();
        PlaywrightAssertions.assertThat(editor.locator("#criteria-0-label")).isHidden();
        PlaywrightAssertions.assertThat(editor.locator("#misconceptions > summary")).isVisible();
        criteria.focus();
        editor.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(editor.locator("#criteria-0-label")).isVisible();

        criteria.click();
        editor.locator("#editor-toc a[href='#criteria']").click();
        PlaywrightAssertions.assertThat(editor.locator("#criteria-0-label")).isVisible();
        assertAccessible(editor);
    }

    @Test
    void onATabletThePanelFlowsBelowTheFormWithoutSidewaysScrolling() {
        var editor = openEditor(820, 1180);

        var form = editor.locator("#synonyms").boundingBox();
        var side = editor.locator("#side-panel").boundingBox();
        assertThat(side.y).as("the panel is below the form").isGreaterThanOrEqualTo(form.y + form.height);
        assertThat(editor.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling").isEqualTo(true);
        editor.locator("#editor-toc a[href='#try']").click();
        assertThat(inSight(editor, "#try-button")).as("the contents bar leads to Try").isTrue();
        assertAccessible(editor);
    }

    @Test
    void tryingAnAnswerGradesTheExamplesOnTheDraftWithoutSavingIt() {
        var bank = TestBanks.fresh(QID);
        var editor = openEditor(bank, 1280, 800);
        PlaywrightAssertions.assertThat(editor.locator("#example-changes")).containsText("No changes to version 1");

        editor.locator("#criteria-2-expressions").fill(NO_ANSWER_SAYS);
        editor.locator("#criteria-2-keywords").fill("qqqq, wwww");
        editor.locator("#criteria-2-exemplars").fill("");
        editor.locator("#answer").fill(ANSWER);
        editor.evaluate("window.sameDocument = true");
        editor.locator("#try-button").click();

        PlaywrightAssertions.assertThat(editor.locator("#report-score")).isVisible(GRADING_WAIT);
        assertThat(editor.evaluate("window.sameDocument === true")).as("graded in place").isEqualTo(true);
        var changes = editor.locator("#example-changes tr.example-change");
        assertThat(changes.count()).as("examples whose score the draft changed").isPositive();
        var first = changes.first();
        assertThat(Double.parseDouble(first.locator("td.draft").textContent()))
                .as("the draft scores the example lower than the saved version")
                .isLessThan(Double.parseDouble(first.locator("td.saved").textContent()));
        assertThat(first.locator("td.human").textContent()).isNotBlank();
        PlaywrightAssertions.assertThat(editor.locator("#agreeing-draft")).containsText(" agree (");
        PlaywrightAssertions.assertThat(editor.locator("#example-agreement .agreement-rule"))
                .hasText("Agreement: agrees = within 0.5 of the human score.");
        assertThat(TestBanks.versions(bank, QID)).as("nothing saved").hasSize(1);
    }

    private Page openEditor(int width, int height) {
        return openEditor(TestBanks.fresh(QID), width, height);
    }

    private Page openEditor(String bank, int width, int height) {
        var path = "/admin/banks/" + bank + "/questions/" + QID;
        // The first editor page loads the language models and grades the examples: done here, not in the browser
        WebSession.admin().page(path);
        var editor = device(width, height, "UTC").newPage();
        signInAsAdmin(editor, root());
        editor.navigate(root() + path);
        return editor;
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }
}
