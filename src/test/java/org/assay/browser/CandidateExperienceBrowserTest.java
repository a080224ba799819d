package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.TestData;
import org.assay.support.WebSession;

/** What a candidate meets on a phone and on a laptop: the bar, the clock, a takeover and the receipt. */
@QuarkusTest
@Tag("browser")
class CandidateExperienceBrowserTest extends BrowserSupport {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final String LONG_ANSWER = ("Overfitting means the model learns the noise of its training data. ")
            .repeat(40);
    private static final LocatorAssertions.ContainsTextOptions WITHIN_AN_INTERVAL =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);

    @TestHTTPResource("/")
    URL base;

    private String link(TestData.Invite invite) {
        return base.toString().replaceAll("/$", "") + "/t/" + invite.token();
    }

    private static void start(Page on, String link) {
        on.navigate(link);
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the test")).click();
        on.waitForURL("**/q/1");
    }

    @Test
    void onAPhoneTheTimeAndSaveStatusStayInSightWhileTypingAndNextSitsInABottomBar() {
        var invite = TestData.invitation(3);
        var phone = device(PHONE_WIDTH, PHONE_HEIGHT, "UTC").newPage();
        start(phone, link(invite));

        assertThat(inSight(phone, "button[value=next]")).as("Next on the first screen").isTrue();
        var answer = phone.locator("#answer");
        answer.fill(LONG_ANSWER);
        answer.focus();
        answer.press("End");
        phone.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");

        assertThat((Boolean) phone.evaluate("() => document.activeElement.id === 'answer'")).isTrue();
        assertThat(inSight(phone, "#countdown")).as("time left in sight").isTrue();
        PlaywrightAssertions.assertThat(phone.locator("#save-status")).containsText("Saved", WITHIN_AN_INTERVAL);
        assertThat(inSight(phone, "#save-status")).as("save status in sight").isTrue();
        assertThat(inSight(phone, "#progress")).as("question number in sight").isTrue();
        assertThat(inSight(phone, "button[value=next]")).as("Next in the bottom bar").isTrue();
    }

    @Test
    void onADesktopTheBarStaysInSightToo() {
        var invite = TestData.invitation(2);
        page.setViewportSize(1280, 800);
        start(page, link(invite));

        page.locator("#answer").fill(LONG_ANSWER);
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");

        assertThat(inSight(page, "#countdown")).isTrue();
        assertThat(inSight(page, "#save-status")).isTrue();
    }

    @Test
    void aSecondDeviceAsksBeforeTakingOverAndTheFirstTurnsReadOnlyKeepingItsText() {
        var invite = TestData.invitation(2);
        var phone = device(PHONE_WIDTH, PHONE_HEIGHT, "UTC").newPage();
        start(phone, link(invite));
        phone.locator("#answer").fill("Saved from the phone.");
        PlaywrightAssertions.assertThat(phone.locator("#save-status")).containsText("Saved", WITHIN_AN_INTERVAL);

        page.navigate(link(invite));
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("This test is open on another device");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue here")).click();
        page.waitForURL("**/q/1");
        PlaywrightAssertions.assertThat(page.locator("#answer")).hasValue("Saved from the phone.");
        phone.locator("#answer").pressSequentially(" Typed on the phone after the takeover.");

        PlaywrightAssertions.assertThat(phone.locator("#alerts"))
                .containsText("This test is now open on another device", WITHIN_AN_INTERVAL);
        PlaywrightAssertions.assertThat(phone.locator("#answer")).not().isEditable();
        PlaywrightAssertions.assertThat(phone.locator("button[value=next]")).isDisabled();
        PlaywrightAssertions.assertThat(phone.locator("#alerts a")).hasText("Continue here");
        PlaywrightAssertions.assertThat(phone.locator("#unsaved-copy"))
                .hasValue("Saved from the phone. Typed on the phone after the takeover.");
        assertThat(TestData.answers(invite).get(0).text).isEqualTo("Saved from the phone.");

        page.locator("#answer").fill("Written on the laptop.");
        PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved", WITHIN_AN_INTERVAL);
        assertThat(TestData.answers(invite).get(0).text).isEqualTo("Written on the laptop.");
    }

    @Test
    void aSecondTabAsksBeforeTakingOverAndATabOpenedAfterTheOtherClosedJustContinues() {
        var invite = TestData.invitation(2);
        start(page, link(invite));
        page.locator("#answer").fill("Typed in the first tab.");
        PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved", WITHIN_AN_INTERVAL);

        var second = page.context().newPage();
        second.navigate(link(invite));

        PlaywrightAssertions.assertThat(second.locator("#alerts"))
                .containsText("This test is open in another tab of this browser", WITHIN_AN_INTERVAL);
        PlaywrightAssertions.assertThat(second.locator("#answer")).not().isEditable();
        PlaywrightAssertions.assertThat(page.locator("#answer")).isEditable();

        second.locator("#alerts a").click();

        PlaywrightAssertions.assertThat(page.locator("#alerts"))
                .containsText("This test is open in another tab of this browser", WITHIN_AN_INTERVAL);
        PlaywrightAssertions.assertThat(page.locator("#answer")).not().isEditable();
        PlaywrightAssertions.assertThat(second.locator("#answer")).isEditable(
                new LocatorAssertions.IsEditableOptions().setTimeout(10_000));
        PlaywrightAssertions.assertThat(second.locator("#answer")).hasValue("Typed in the first tab.");
        second.locator("#answer").press("Control+End");
        second.locator("#answer").pressSequentially(" And in the second.");
        PlaywrightAssertions.assertThat(second.locator("#save-status")).containsText("Saved", WITHIN_AN_INTERVAL);
        assertThat(TestData.answers(invite).get(0).text).isEqualTo("Typed in the first tab. And in the second.");

        second.close();
        var third = page.context().newPage();
        third.navigate(link(invite));
        third.locator("#answer").press("Control+End");
        third.locator("#answer").pressSequentially(" A third.");

        PlaywrightAssertions.assertThat(third.locator("#save-status")).containsText("Saved", WITHIN_AN_INTERVAL);
        PlaywrightAssertions.assertThat(third.locator("#alerts")).not().containsText("another tab");
        assertThat(TestData.answers(invite).get(0).text)
                .isEqualTo("Typed in the first tab. And in the second. A third.");
    }

    @Test
    void warningsComeThroughALiveRegionAndTheTimerChangesInTheLastMinute() {
        var invite = TestData.invitation(2);
        start(page, link(invite));
        TestData.setDeadline(invite, Instant.now().plus(Duration.ofMinutes(10)).plusSeconds(3));
        page.reload();

        var warning = page.locator("#time-warning");
        assertThat(warning.getAttribute("aria-live")).isEqualTo("assertive");
        PlaywrightAssertions.assertThat(warning).hasText("10 minutes left.",
                new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertThat(page.locator(".time-left").getAttribute("data-stage")).isEqualTo("normal");

        TestData.setDeadline(invite, Instant.now().plusSeconds(62));
        PlaywrightAssertions.assertThat(warning).hasText("1 minute left.",
                new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        PlaywrightAssertions.assertThat(page.locator(".time-left")).hasAttribute("data-stage", "ending");
        PlaywrightAssertions.assertThat(page.locator("#countdown")).hasText(Pattern.compile("^[01]:\\d\\d$"));
    }

    @Test
    void theClockFollowsTheServerWhenTheDeadlineMoves() {
        var invite = TestData.invitation(2);
        start(page, link(invite));
        PlaywrightAssertions.assertThat(page.locator("#countdown")).hasText(Pattern.compile("^(30|29):\\d\\d$"));

        TestData.setDeadline(invite, Instant.now().plus(Duration.ofMinutes(45)));

        PlaywrightAssertions.assertThat(page.locator("#countdown")).hasText(Pattern.compile("^(45|44):\\d\\d$"),
                new LocatorAssertions.HasTextOptions().setTimeout(10_000));
    }

    @Test
    void afterTimeUpEveryControlIsAndLooksDisabled() {
        var invite = TestData.invitation(2);
        start(page, link(invite));
        TestData.setDeadline(invite, Instant.now().plusSeconds(4));
        page.reload();
        page.locator("#answer").focus();

        PlaywrightAssertions.assertThat(page.locator("#alerts")).containsText("Time is up",
                new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        Locator buttons = page.locator("#answer-form button");
        for (int i = 0; i < buttons.count(); i++) {
            PlaywrightAssertions.assertThat(buttons.nth(i)).isDisabled();
        }
        var primary = page.locator("button[value=next]");
        var looks = (String) primary.evaluate("(b) => getComputedStyle(b).backgroundColor");
        assertThat(looks).as("no longer the primary colour").isNotEqualTo("rgb(11, 92, 173)");
        assertThat((Boolean) page.evaluate("() => document.activeElement.id !== 'answer'")).isTrue();
    }

    @Test
    void deadlinesShowInTheCandidatesZoneWithTheZoneNamed() {
        var invite = TestData.invitation(2);
        var tokyo = device(1280, 800, "Asia/Tokyo").newPage();
        start(tokyo, link(invite));

        PlaywrightAssertions.assertThat(tokyo.locator("time.local-time").first()).containsText("(Asia/Tokyo)");
    }

    @Test
    void theDonePageGivesAReceiptAndCandidatePagesAreTheirOwnSpace() {
        var invite = TestData.invitation(2);
        start(page, link(invite));
        assertThat(page.locator("header .brand").evaluate("(e) => e.tagName")).isEqualTo("SPAN");
        PlaywrightAssertions.assertThat(page.locator("footer")).containsText("hiring@example.org");
        page.locator("#answer").fill("Overfitting is learning noise.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and submit")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my answers")).click();
        page.waitForURL("**/done");

        var attempt = TestData.attempt(invite);
        assertThat(page.locator("#receipt-reference").textContent()).matches("A" + attempt.id + "-[0-9A-F]{6}");
        PlaywrightAssertions.assertThat(page.locator("#receipt-answers")).hasText("1 of 2");
        PlaywrightAssertions.assertThat(page.locator("#receipt-time")).containsText("(UTC)");
        PlaywrightAssertions.assertThat(page.locator("#next-steps")).containsText("hiring@example.org");
    }

    @Test
    void pastesBurstsAndTimeAwayReachTheReviewerWithoutChangingAScore() {
        var invite = TestData.invitation(2);
        start(page, link(invite));
        page.locator("#answer").focus();
        page.evaluate("""
                () => {
                  const data = new DataTransfer();
                  data.setData('text/plain', 'p'.repeat(120));
                  document.getElementById('answer').dispatchEvent(new ClipboardEvent('paste',
                    { clipboardData: data, bubbles: true, cancelable: true }));
                }""");
        page.keyboard().insertText("Typed by a tool. ".repeat(20));
        page.evaluate("() => window.dispatchEvent(new Event('blur'))");
        page.waitForTimeout(1500);
        page.evaluate("() => window.dispatchEvent(new Event('focus'))");
        PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved", WITHIN_AN_INTERVAL);
        page.waitForTimeout(4000);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and submit")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my answers")).click();
        page.waitForURL("**/done");

        var reviewer = device(1280, 800, "UTC").newPage();
        reviewer.navigate(base + "login");
        reviewer.locator("#j_username").fill(WebSession.ADMIN);
        reviewer.locator("#j_password").fill(WebSession.ADMIN_PASSWORD);
        reviewer.locator("#j_password").press("Enter");
        reviewer.waitForURL(url -> !url.contains("/login"));
        reviewer.navigate(base + "review/attempts/" + TestData.attempt(invite).id);

        var reasons = reviewer.locator("#integrity-reasons");
        PlaywrightAssertions.assertThat(reasons)
                .containsText("Question 1: 35% of the answer was pasted (1 paste, 120 characters)");
        PlaywrightAssertions.assertThat(reviewer.locator("#integrity-signals")).containsText("left the test for");
        PlaywrightAssertions.assertThat(reasons)
                .containsText("1 burst of text appearing faster than a person types (up to 340 characters");
    }
}
