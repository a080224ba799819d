package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.session.AttemptStatus;
import org.assay.support.TestData;

@QuarkusTest
@Tag("browser")
class CandidateJourneyBrowserTest extends BrowserSupport {

    private static final String FIRST = "Overfitting means the model memorises noise in the training data.";
    private static final String SECOND = "Text is split into subword tokens from a fixed vocabulary.";
    private static final String UNSENT = "Typed while the server could not be reached.";
    private static final LocatorAssertions.ContainsTextOptions SAVE_WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @TestHTTPResource("/")
    URL base;

    private String link(TestData.Invite invite, String rest) {
        return base.toString().replaceAll("/$", "") + "/t/" + invite.token() + rest;
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void waitUntilSaved() {
        PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved", SAVE_WAIT);
    }

    @Test
    void candidateAnswersMovesAroundReloadsAndSubmits() {
        var invite = TestData.invitation(3);
        page.navigate(link(invite, ""));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Machine learning basics");
        button("Start the test").click();

        page.waitForURL("**/q/1");
        page.getByLabel("Your answer to question 1").pressSequentially(FIRST);
        waitUntilSaved();
        PlaywrightAssertions.assertThat(page.locator("#word-count")).hasText("10 words");
        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#answer")).hasValue(FIRST);

        button("Next question").click();
        page.waitForURL("**/q/2");
        PlaywrightAssertions.assertThat(page.locator("#progress")).hasText("Question 2 of 3");
        page.locator("#answer").fill(SECOND);
        page.locator("nav .jump[value='1']").click();
        page.waitForURL("**/q/1");
        PlaywrightAssertions.assertThat(page.locator("#answer")).hasValue(FIRST);
        PlaywrightAssertions.assertThat(page.locator("nav .jump[value='2'] .state")).hasText("answered");
        page.locator("nav .jump[value='3']").click();
        page.waitForURL("**/q/3");
        button("Previous question").click();
        page.waitForURL("**/q/2");
        PlaywrightAssertions.assertThat(page.locator("#answer")).hasValue(SECOND);

        button("Review and submit").click();
        page.waitForURL("**/submit");
        PlaywrightAssertions.assertThat(page.locator("#unanswered li")).hasText("Question 3: " + TestData.TITLES[2]);
        button("Submit my answers").click();
        page.waitForURL("**/done");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Your answers have been submitted");

        assertThat(TestData.attempt(invite).status).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(TestData.answers(invite)).extracting(answer -> answer.text).containsExactly(FIRST, SECOND, "");
    }

    @Test
    void textTypedWhileTheServerIsUnreachableIsRetriedRestoredInANewWindowAndSaved() {
        var invite = TestData.invitation(1);
        page.navigate(link(invite, ""));
        button("Start the test").click();
        page.waitForURL("**/q/1");

        context.route("**/api/**", Route::abort);
        page.locator("#answer").fill(UNSENT);
        PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Not saved, retrying", SAVE_WAIT);
        var second = context.newPage();
        second.navigate(link(invite, "/q/1"));
        PlaywrightAssertions.assertThat(second.locator("#answer")).hasValue(UNSENT);
        // The first window still works on the test, so the new one asks before taking over
        PlaywrightAssertions.assertThat(second.locator("#alerts")).containsText("open in another tab");
        assertThat(TestData.answers(invite).get(0).text).isEmpty();
        page.close();
        context.unroute("**/api/**");
        second.locator("#alerts a").click();

        PlaywrightAssertions.assertThat(second.locator("#save-status")).containsText("Saved", SAVE_WAIT);
        PlaywrightAssertions.assertThat(second.locator("#answer")).hasValue(UNSENT);
        PlaywrightAssertions.assertThat(second.locator("#alerts")).not().containsText("saved elsewhere");
        assertThat(TestData.answers(invite).get(0).text).isEqualTo(UNSENT);
    }
}
