package org.assay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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

    @TestHTTPResource("/")
    URL base;

    @Inject
    DroppedSaves saves;

    @AfterEach
    void letSavesThrough() {
        saves.stop();
    }

    @Test
    void droppedSaveIsNeverCalledSavedIsKeptInTheBrowserAndResentAlsoAfterAReload() {
        var invite = TestData.invitation(1);
        context.addInitScript(RECORD_STATUSES);
        page.navigate(base.toString().replaceAll("/$", "") + "/t/" + invite.token());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the test")).click();
        page.waitForURL("**/q/1");
        var answer = page.locator("#answer");
        var status = page.locator("#save-status");
        answer.fill(FIRST);
        PlaywrightAssertions.assertThat(status).hasText(SAVED, new LocatorAssertions.HasTextOptions()
                .setTimeout(15_000));
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
