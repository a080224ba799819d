package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

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

@QuarkusTest
@Tag("browser")
class ReviewBrowserTest extends BrowserSupport {

    private static final String CANDIDATE = "Brenda Browser";
    private static final String REASON = "Explained the cost correctly when asked in the interview";

    @TestHTTPResource("/")
    URL base;

    @Test
    void interviewerOverridesAScoreAndSeesTheNewTotalAndTheAuditLine() {
        var built = ReviewData.submitted(CANDIDATE, false);
        ReviewData.interviewer("bria");
        var url = base.toString().replaceAll("/$", "");

        page.navigate(url + "/review");
        page.getByLabel("Username").fill("bria");
        page.getByLabel("Password").fill(ReviewData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/review");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CANDIDATE)).click();
        page.waitForURL("**" + built.transcript());
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText(CANDIDATE);
        var evidence = page.locator("#q1 .answer-text mark");
        PlaywrightAssertions.assertThat(evidence).hasCount(4);
        assertThat(evidence.allInnerTexts()).contains("query key similarity", "weighted sum of the values");
        assertThat(page.locator("#q1 .answer-text mark.ev-exact").evaluate("m => getComputedStyle(m)"
                + ".backgroundColor")).isNotEqualTo("rgba(0, 0, 0, 0)");
        PlaywrightAssertions.assertThat(page.locator("#final-total")).hasText("6.5 / 20");

        var question = page.locator("#q1");
        question.getByLabel("New score").fill("8");
        question.getByLabel("Reason").fill(REASON);
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change score")).click();

        PlaywrightAssertions.assertThat(page.locator(".flash"))
                .hasText("Question 1 now scores 8 of 10. Final score: 10 of 20.");
        PlaywrightAssertions.assertThat(page.locator("#final-total")).hasText("10 / 20");
        PlaywrightAssertions.assertThat(page.locator("#automatic-total")).hasText("6.5 / 20");
        PlaywrightAssertions.assertThat(page.locator("#q1 .final-score")).hasText("8 / 10");
        var audit = page.locator("#history tbody tr");
        PlaywrightAssertions.assertThat(audit).hasCount(1);
        PlaywrightAssertions.assertThat(audit.first()).containsText("bria");
        PlaywrightAssertions.assertThat(audit.first()).containsText("Changed the score of question 1");
        PlaywrightAssertions.assertThat(audit.first()).containsText("4.5 of 10, automatic");
        PlaywrightAssertions.assertThat(audit.first()).containsText("8 of 10: " + REASON);
    }
}
