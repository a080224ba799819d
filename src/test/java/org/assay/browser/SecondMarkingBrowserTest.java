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
import org.assay.review.SecondMarkingData;

/** The second reviewer marks blind in a browser, then an adjudicator decides the answer the two disagree on. */
@QuarkusTest
@Tag("browser")
class SecondMarkingBrowserTest extends BrowserSupport {

    private static final String CANDIDATE = "Sam Second";

    @TestHTTPResource("/")
    URL base;

    @Test
    void secondReviewerMarksBlindAndAnAdjudicatorDecides() {
        var people = SecondMarkingData.Reviewers.fresh();
        var built = ReviewData.submitted(SecondMarkingData.assessment("Browser second marking"), CANDIDATE);
        SecondMarkingData.override(people.first(), built, 1, 9, "Complete when asked");
        SecondMarkingData.markReviewed(people.firstSession(), built);
        var root = base.toString().replaceAll("/$", "");

        signIn(page, root, people.second());
        page.navigate(root + "/review?status=needs-second-marking");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CANDIDATE)).click();
        page.waitForURL("**" + built.transcript() + "**");
        PlaywrightAssertions.assertThat(page.locator("#second-state")).hasText("Second marking — blind");
        PlaywrightAssertions.assertThat(page.locator("#final-total")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator(".override-note")).hasCount(0);
        assertAccessible(page);

        var form = page.locator("#second-marks");
        form.getByLabel("Question 1, Self-attention: your score of 10").fill("4");
        form.getByLabel("Question 2, Tokenization: your score of 10").fill("3");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save second marks")).click();
        PlaywrightAssertions.assertThat(page.locator("#second-state")).hasText("Needs adjudication");
        PlaywrightAssertions.assertThat(page.locator("#final-total")).hasText("9 / 20");
        PlaywrightAssertions.assertThat(page.locator("form.adjudication")).hasCount(0);

        openPage();
        signIn(page, root, people.adjudicator());
        page.navigate(root + "/review?status=needs-adjudication");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CANDIDATE)).click();
        page.waitForURL("**" + built.transcript() + "**");
        PlaywrightAssertions.assertThat(page.locator("#marks-q1 .first-mark")).hasText("9");
        PlaywrightAssertions.assertThat(page.locator("#marks-q1 .second-mark")).hasText("4");
        assertAccessible(page);
        var adjudication = page.locator("form.adjudication");
        adjudication.getByLabel("Adjudicated score").fill("7");
        adjudication.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save adjudication"))
                .click();
        // Without a reason nothing is saved: the reason is marked invalid and the typed score kept
        PlaywrightAssertions.assertThat(adjudication.getByLabel("Reason")).hasAttribute("aria-invalid", "true");
        PlaywrightAssertions.assertThat(adjudication.getByLabel("Adjudicated score")).hasValue("7");
        PlaywrightAssertions.assertThat(page.locator("#second-state")).hasText("Needs adjudication");
        page.locator("form.adjudication").getByLabel("Reason").fill("Mechanism right, cost wrong");
        page.locator("form.adjudication").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Save adjudication")).click();
        PlaywrightAssertions.assertThat(page.locator("#second-state")).hasText("Adjudicated");
        PlaywrightAssertions.assertThat(page.locator("#final-total")).hasText("9.5 / 20");
    }

    private static void signIn(Page on, String root, String username) {
        on.navigate(root + "/login");
        on.locator("#j_username").fill(username);
        on.locator("#j_password").fill(ReviewData.PASSWORD);
        on.locator("form[action='/j_security_check'] button[type=submit]").click();
        on.waitForURL(root + "/");
    }
}
