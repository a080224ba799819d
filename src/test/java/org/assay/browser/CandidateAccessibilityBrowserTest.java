package org.assay.browser;

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

import org.assay.support.TestData;

/** Every page a candidate can meet passes all axe-core rules, on a laptop and on a phone. */
@QuarkusTest
@Tag("browser")
class CandidateAccessibilityBrowserTest extends BrowserSupport {

    @TestHTTPResource("/")
    URL base;

    private String link(TestData.Invite invite) {
        return base.toString().replaceAll("/$", "") + "/t/" + invite.token();
    }

    private static void click(Page on, String button) {
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    @Test
    void welcomeQuestionConfirmAndDonePagesOnALaptop() {
        var invite = TestData.invitation(2);
        page.setViewportSize(1280, 800);
        page.navigate(link(invite));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Machine learning basics");
        assertAccessible(page);

        click(page, "Start the test");
        page.waitForURL("**/q/1");
        page.locator("#answer").fill("Overfitting is learning the noise.");
        PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertAccessible(page);

        click(page, "Review and submit");
        page.waitForURL("**/submit");
        assertAccessible(page);

        click(page, "Submit my answers");
        page.waitForURL("**/done");
        PlaywrightAssertions.assertThat(page.locator("#receipt-reference")).isVisible();
        assertAccessible(page);
    }

    @Test
    void questionPageOnAPhone() {
        var invite = TestData.invitation(3);
        var phone = device(390, 844, "UTC").newPage();
        phone.navigate(link(invite));
        assertAccessible(phone);
        click(phone, "Start the test");
        phone.waitForURL("**/q/1");
        assertAccessible(phone);
    }

    @Test
    void invalidLinkPage() {
        page.navigate(base + "t/no-such-link");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("This link is not valid");
        assertAccessible(page);
    }

    @Test
    void takeoverNoticeAndTheReadOnlyPageLeftBehind() {
        var invite = TestData.invitation(2);
        var phone = device(390, 844, "UTC").newPage();
        phone.navigate(link(invite));
        click(phone, "Start the test");
        phone.waitForURL("**/q/1");

        page.navigate(link(invite));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("This test is open on another device");
        assertAccessible(page);

        click(page, "Continue here");
        page.waitForURL("**/q/1");
        PlaywrightAssertions.assertThat(phone.locator("#alerts")).containsText(
                "This test is now open on another device",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertAccessible(phone);
    }

    @Test
    void lastMinuteAndTimeUpOnTheOpenPageAndOnAPageOpenedAfterwards() {
        var invite = TestData.invitation(2);
        page.navigate(link(invite));
        click(page, "Start the test");
        page.waitForURL("**/q/1");
        TestData.setDeadline(invite, Instant.now().plusSeconds(62));
        page.reload();
        PlaywrightAssertions.assertThat(page.locator(".time-left")).hasAttribute("data-stage", "ending",
                new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
        assertAccessible(page);

        TestData.setDeadline(invite, Instant.now().plusSeconds(4));
        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#alerts")).containsText("Time is up",
                new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertAccessible(page);

        var late = invitedAndPastTheDeadline();
        page.navigate(link(late) + "/q/1");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Time is up");
        assertAccessible(page);
    }

    private TestData.Invite invitedAndPastTheDeadline() {
        var invite = TestData.invitation(2);
        page.navigate(link(invite));
        click(page, "Start the test");
        page.waitForURL("**/q/1");
        TestData.setDeadline(invite, Instant.now().minusSeconds(1));
        return invite;
    }
}
