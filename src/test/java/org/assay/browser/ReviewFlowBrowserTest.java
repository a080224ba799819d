package org.assay.browser;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.review.ReviewData;

/** A reviewer marks criteria and works through a list of attempts with the keyboard. */
@QuarkusTest
@Tag("browser")
class ReviewFlowBrowserTest extends BrowserSupport {

    private static final String REASON = "Explained how any two positions interact when asked";

    @TestHTTPResource("/")
    URL base;

    @Test
    void reviewerMarksCriteriaAndTheScoreAddsUpFromThem() {
        var built = ReviewData.submitted("Cara Criteria", false);
        signIn("cara-reviewer");
        page.navigate(url(built.transcript()));

        var form = page.locator("#q1 form.criteria-form");
        form.getByLabel("C2 met").check();
        PlaywrightAssertions.assertThat(form.getByLabel("Points for C2, of 4")).hasValue("4");
        form.getByLabel("M1 applies: Says attention cost grows linearly with length (minus 2)").uncheck();
        form.getByLabel("Why the marks change").fill(REASON);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save criteria")).click();

        PlaywrightAssertions.assertThat(page.locator(".flash"))
                .hasText("Question 1 now scores 8.5 of 10 from its criteria. Final score: 10.5 of 20.");
        PlaywrightAssertions.assertThat(page.locator("#q1 .final-score")).hasText("8.5 / 10");
        PlaywrightAssertions.assertThat(page.locator("#q1 .score-sum"))
                .hasText("Criteria 8.5 − misconceptions 0 = 8.5; score 8.5 of 10");
        PlaywrightAssertions.assertThat(page.locator("#q1 ul.criteria > li").nth(1))
                .containsText("(set by a reviewer; the engine gave 2)");
        PlaywrightAssertions.assertThat(page.locator("#q1 ul.misconceptions")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#history tbody tr").first())
                .containsText("reach 4 of 4 (was 2), linear-cost does not apply");
    }

    @Test
    void keyboardShortcutsMarkCriteriaSaveMoveAndMarkReviewed() {
        var assessment = ReviewData.newAssessment("Keyboard", false);
        var first = ReviewData.submitted(assessment, "Kai Keys");
        var second = ReviewData.submitted(assessment, "Lea Keys");
        signIn("kai-reviewer");
        page.navigate(url("/review?assessment=" + assessment + "&sort=candidate&dir=asc"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kai Keys")).click();
        page.waitForURL("**" + first.transcript());

        page.keyboard().press("?");
        PlaywrightAssertions.assertThat(page.locator("#shortcuts")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#shortcuts")).containsText("Next unreviewed attempt");
        page.keyboard().press("?");
        PlaywrightAssertions.assertThat(page.locator("#shortcuts")).isHidden();

        page.keyboard().press("2");
        PlaywrightAssertions.assertThat(page.locator("#q1 form.criteria-form .met-toggle").nth(1)).isChecked();
        PlaywrightAssertions.assertThat(page.locator("#q1 input.criterion-points").nth(1)).hasValue("4");
        page.keyboard().press("r");
        PlaywrightAssertions.assertThat(page.locator("#q1 textarea.criteria-reason")).isFocused();
        page.keyboard().type(REASON);
        page.keyboard().press("Control+Enter");
        PlaywrightAssertions.assertThat(page.locator("#q1 .final-score")).hasText("6.5 / 10");

        page.keyboard().press("n");
        page.waitForURL("**" + second.transcript() + "?*");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Lea Keys");
        page.keyboard().press("p");
        page.waitForURL("**" + first.transcript() + "?*");

        page.keyboard().press("m");
        PlaywrightAssertions.assertThat(page.locator(".flash")).hasText("Marked reviewed.");
        PlaywrightAssertions.assertThat(page.locator("#decision .badge")).hasText("Reviewed");
        page.keyboard().press("u");
        page.waitForURL("**" + second.transcript() + "?*");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Lea Keys");
    }

    private void signIn(String username) {
        ReviewData.interviewer(username);
        page.navigate(url("/review"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(ReviewData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/review");
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
