package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.session.AttemptStatus;
import org.assay.support.TestData;

@QuarkusTest
@Tag("browser")
class DeadlineBrowserTest extends BrowserSupport {

    private static final String TYPED = "Attention weighs every token against every other token.";
    private static final long SECONDS_LEFT = 8;

    @TestHTTPResource("/")
    URL base;

    @Test
    void pageSaysTimeIsUpAndTheAttemptEndsSubmittedWithTheTypedText() {
        var invite = TestData.invitation(2);
        var link = base.toString().replaceAll("/$", "") + "/t/" + invite.token();
        page.navigate(link);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the test")).click();
        page.waitForURL("**/q/1");
        TestData.setDeadline(invite, Instant.now().plusSeconds(SECONDS_LEFT));
        page.reload();

        page.locator("#answer").fill(TYPED);

        PlaywrightAssertions.assertThat(page.locator("#alerts"))
                .containsText("Time is up. Your answers have been saved and submitted.",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(SECONDS_LEFT * 1000 + 15_000));
        PlaywrightAssertions.assertThat(page.locator("#answer")).not().isEditable();
        var attempt = TestData.attempt(invite);
        assertThat(attempt.status).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(attempt.submittedBy).isEqualTo("deadline");
        assertThat(TestData.answers(invite).get(0).text).isEqualTo(TYPED);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the confirmation")).click();
        PlaywrightAssertions.assertThat(page.locator("#by-deadline")).containsText("time limit was reached");
    }
}
