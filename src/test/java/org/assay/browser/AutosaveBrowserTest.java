package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.assay.support.TestData;

/** The page says "Saved" only for text the server acknowledged, and keeps and resends what it dropped. */
@QuarkusTest
@Tag("browser")
class AutosaveBrowserTest extends BrowserSupport {

    private static final String FIRST = "Overfitting means the model memorises noise in the training data.";
    private static final String MORE = " A held-out validation set shows it.";
    private static final String OTHER = "Typed on another device: the model fits noise, not signal.";
    // Every text the save status shows, in order, from the moment the page loads
    private static final String RECORD_STATUSES = """
            window.statuses = [];
            document.addEventListener('DOMContentLoaded', () => {
              const status = document.getElementById('save-status');
              if (status) {
                new MutationObserver(() => window.statuses.push(status.textContent.trim()))
                  .observe(status, { childList: true, characterData: true, subtree: true });
              }
            });""";
    private static final Pattern SAVED = Pattern.compile("^\\s*Saved");
    private static final LocatorAssertions.HasTextOptions NOT_SAVED_WAIT =
            new LocatorAssertions.HasTextOptions().setTimeout(25_000);
    private static final LocatorAssertions.HasTextOptions SAVED_WAIT =
            new LocatorAssertions.HasTextOptions().setTimeout(15_000);

    @TestHTTPResource("/")
    URL base;

    @Inject
    DroppedSaves saves;

    @AfterEach
    void letSavesThrough() {
        saves.stop();
    }

    private String link(TestData.Invite invite) {
        return base.toString().replaceAll("/$", "") + "/t/" + invite.token();
    }

    /** Starts the test and has the first answer saved. */
    private void startAndSaveFirstAnswer(TestData.Invite invite) {
        page.navigate(link(invite));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the test")).click();
        page.waitForURL("**/q/1");
        page.locator("#answer").fill(FIRST);
        PlaywrightAssertions.assertThat(page.locator("#save-status")).hasText(SAVED, SAVED_WAIT);
    }

    @Test
    void droppedSaveIsNeverCalledSavedIsKeptInTheBrowserAndResentAlsoAfterAReload() {
        var invite = TestData.invitation(1);
        context.addInitScript(RECORD_STATUSES);
        startAndSaveFirstAnswer(invite);
        var answer = page.locator("#answer");
        var status = page.locator("#save-status");
        String key = "assay:" + answer.evaluate("a => a.form.dataset.attemptKey") + ":"
                + answer.evaluate("a => a.form.dataset.qid");

        // The connection is closed on the save: the page says so and keeps the text
        saves.closeConnections();
        page.evaluate("window.statuses = []");
        answer.pressSequentially(MORE);
        PlaywrightAssertions.assertThat(status).hasText(Pattern.compile("Not saved, retrying"), NOT_SAVED_WAIT);
        assertThat(saves.dropped()).isPositive();
        assertThat(statuses()).noneMatch(text -> SAVED.matcher(text).find());
        assertThat(stored(key)).isEqualTo(List.of(FIRST + MORE, true));
        assertThat(TestData.answers(invite).get(0).text).isEqualTo(FIRST);

        // Reloaded while the server answers nothing: the text comes back, and a save without a reply is not saved
        saves.silence();
        page.reload();
        PlaywrightAssertions.assertThat(answer).hasValue(FIRST + MORE);
        PlaywrightAssertions.assertThat(page.locator("#alerts")).containsText("put back");
        PlaywrightAssertions.assertThat(status).hasText(Pattern.compile("Not saved, retrying"), NOT_SAVED_WAIT);
        assertThat(statuses()).noneMatch(text -> SAVED.matcher(text).find());
        assertThat(stored(key)).isEqualTo(List.of(FIRST + MORE, true));
        assertThat(TestData.answers(invite).get(0).text).isEqualTo(FIRST);

        // The server answers again: the text is resent, acknowledged and only then saved
        saves.stop();
        PlaywrightAssertions.assertThat(status).hasText(SAVED, new LocatorAssertions.HasTextOptions()
                .setTimeout(40_000));
        assertThat(TestData.answers(invite).get(0).text).isEqualTo(FIRST + MORE);
        assertThat(stored(key)).isEqualTo(List.of(FIRST + MORE, false));
        page.reload();
        PlaywrightAssertions.assertThat(answer).hasValue(FIRST + MORE);
        PlaywrightAssertions.assertThat(page.locator("#alerts")).not().containsText("put back");
    }

    @Test
    void unsentTextNeverReplacesTextSavedFromAnotherDeviceAndBothAreShown() {
        var invite = TestData.invitation(1);
        startAndSaveFirstAnswer(invite);
        var answer = page.locator("#answer");
        saves.closeConnections();
        answer.pressSequentially(MORE);
        PlaywrightAssertions.assertThat(page.locator("#save-status"))
                .hasText(Pattern.compile("Not saved, retrying"), NOT_SAVED_WAIT);

        // Another window of this browser saves with its form, which the dropped autosaves do not touch. It shares
        // the browser's cookies and runs no script, so it acts for the whole browser rather than as a tab that
        // takes the test over (CandidateExperienceBrowserTest covers tabs and other devices); base revisions guard
        // windows of one browser as well
        try (var other = context.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setJavaScriptEnabled(false))) {
            other.addCookies(context.cookies());
            var phone = other.newPage();
            phone.navigate(link(invite) + "/q/1");
            phone.locator("#answer").fill(OTHER);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
            PlaywrightAssertions.assertThat(phone.locator("#save-status")).hasText(SAVED, SAVED_WAIT);
        }
        assertThat(TestData.answers(invite).get(0).text).isEqualTo(OTHER);

        // The first device's text is resent, refused as a conflict and said to be so
        saves.stop();
        PlaywrightAssertions.assertThat(page.locator("#alerts")).containsText("newer version",
                new LocatorAssertions.ContainsTextOptions().setTimeout(40_000));
        PlaywrightAssertions.assertThat(page.locator("#save-status")).hasText("Not saved");
        assertThat(TestData.answers(invite).get(0).text).isEqualTo(OTHER);

        // Reloaded, it shows the other device's text and beside it the unsent one, to copy from
        page.reload();
        PlaywrightAssertions.assertThat(answer).hasValue(OTHER);
        PlaywrightAssertions.assertThat(page.locator("#unsaved-copy")).hasValue(FIRST + MORE);
        PlaywrightAssertions.assertThat(page.locator("#alerts")).containsText("newer version");
        assertThat(TestData.answers(invite).get(0).text).isEqualTo(OTHER);

        answer.fill(OTHER + MORE);
        PlaywrightAssertions.assertThat(page.locator("#save-status")).hasText(SAVED, SAVED_WAIT);
        assertThat(TestData.answers(invite).get(0).text).isEqualTo(OTHER + MORE);
    }

    @SuppressWarnings("unchecked")
    private List<String> statuses() {
        return (List<String>) page.evaluate("window.statuses");
    }

    /** The text this browser keeps for the answer, and whether it counts it as unsent. */
    @SuppressWarnings("unchecked")
    private List<Object> stored(String key) {
        return (List<Object>) page.evaluate("key => { const r = JSON.parse(localStorage.getItem(key));"
                + " return [r.text, r.pending]; }", key);
    }
}
