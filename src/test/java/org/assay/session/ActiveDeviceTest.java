package org.assay.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.assay.support.Html;
import org.assay.support.TestData;

/** One device at a time works on an attempt; another one takes over only when the candidate chooses to. */
@QuarkusTest
class ActiveDeviceTest {

    private static final String PHONE_TEXT = "Typed on the phone: overfitting learns the noise of the training set.";
    private static final String LAPTOP_TEXT = "Typed on the laptop: the model memorises the training data.";

    private static Candidate startedOnPhone() {
        var phone = new Candidate(TestData.invitation(2));
        assertThat(Html.locationPath(phone.start())).isEqualTo(phone.link("/q/1"));
        return phone;
    }

    /** The same invitation link opened in another browser. */
    private static Candidate laptop(Candidate phone) {
        return new Candidate(phone.invite);
    }

    private static Response saveFrom(Candidate device, String text, int revision, int base) {
        return device.browser.request().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("text", text, "revision", revision, "base", base))
                .put(device.api("/answers/q01"));
    }

    @Test
    void aSecondDeviceSeesANoticeWithContinueHereInsteadOfTheRunningTest() {
        var phone = startedOnPhone();
        var laptop = laptop(phone);

        var entry = laptop.open("");
        var question = laptop.open("/q/1");

        assertThat(entry.statusCode()).isEqualTo(200);
        var page = Html.parse(entry);
        assertThat(page.select("h1").text()).isEqualTo("This test is open on another device");
        assertThat(page.select("form[action=" + laptop.link("/takeover") + "] button").text())
                .isEqualTo("Continue here");
        assertThat(Html.locationPath(question)).as("a question page leads to the notice").isEqualTo(laptop.link(""));
        assertThat(Html.locationPath(phone.open(""))).as("the phone goes on").isEqualTo(phone.link("/q/1"));
        assertThat(saveFrom(phone, PHONE_TEXT, 1, 0).statusCode()).isEqualTo(200);
    }

    @Test
    void continuingHereMakesTheOtherDeviceReadOnlyAndKeepsItsRefusedTextOnItsPage() {
        var phone = startedOnPhone();
        assertThat(saveFrom(phone, PHONE_TEXT, 1, 0).statusCode()).isEqualTo(200);
        var laptop = laptop(phone);
        var phonePage = phone.page("/q/1");

        var takeover = laptop.browser.submit(laptop.link(""), laptop.link("/takeover"), Map.of());

        assertThat(Html.locationPath(takeover)).isEqualTo(laptop.link("/q/1"));
        assertThat(laptop.page("/q/1").select("#answer").text()).isEqualTo(PHONE_TEXT);
        var presence = phone.browser.request().accept(ContentType.JSON).get(phone.api("/presence")).jsonPath();
        assertThat(presence.getBoolean("activeHere")).isFalse();
        assertThat(laptop.browser.request().accept(ContentType.JSON).get(laptop.api("/presence")).jsonPath()
                .getBoolean("activeHere")).isTrue();

        var refusedSave = saveFrom(phone, PHONE_TEXT + " More.", 2, 1);
        assertThat(refusedSave.statusCode()).isEqualTo(409);
        assertThat(refusedSave.jsonPath().getBoolean("elsewhere")).isTrue();
        assertThat(refusedSave.jsonPath().getString("title")).isEqualTo("This test is open on another device");

        var refusedForm = phone.browser.post(phone.link("/q/1"), Map.of("csrf-token", Candidate.csrf(phonePage),
                "text", "Posted from the phone after the takeover.", "revision", "9", "base", "1", "go", "next"));
        assertThat(refusedForm.statusCode()).isEqualTo(409);
        var shown = Html.parse(refusedForm);
        assertThat(shown.select("h1").text()).isEqualTo("This test is open on another device");
        assertThat(shown.select("#unsaved-copy").text()).isEqualTo("Posted from the phone after the takeover.");
        assertThat(shown.select("#unsaved-copy").hasAttr("readonly")).isTrue();

        assertThat(saveFrom(laptop, LAPTOP_TEXT, 2, 1).statusCode()).isEqualTo(200);
        assertThat(TestData.answers(phone.invite).get(0).text).isEqualTo(LAPTOP_TEXT);
        var submit = phone.browser.post(phone.link("/submit"), Map.of("csrf-token", Candidate.csrf(phonePage)));
        assertThat(Html.locationPath(submit)).isEqualTo(phone.link(""));
        assertThat(TestData.attempt(phone.invite).status).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void theFirstDeviceCanTakeTheTestBack() {
        var phone = startedOnPhone();
        phone.answer(1, PHONE_TEXT, "2");
        phone.open("/q/2");
        var laptop = laptop(phone);
        var onLaptop = laptop.browser.submit(laptop.link(""), laptop.link("/takeover"), Map.of());
        assertThat(Html.locationPath(onLaptop)).as("resumes at the question last open").isEqualTo(laptop.link("/q/2"));

        var back = phone.browser.submit(phone.link(""), phone.link("/takeover"), Map.of());

        assertThat(Html.locationPath(back)).isEqualTo(phone.link("/q/2"));
        assertThat(saveFrom(laptop, LAPTOP_TEXT, 5, 1).statusCode()).isEqualTo(409);
        assertThat(TestData.answers(phone.invite).get(0).text).isEqualTo(PHONE_TEXT);
    }

    @Test
    void saveWithoutTheDeviceCookieKeepsTheJsonContract() {
        var phone = startedOnPhone();
        laptop(phone).browser.submit(phone.link(""), phone.link("/takeover"), Map.of());

        var save = phone.save("q01", PHONE_TEXT, 1);

        assertThat(save.statusCode()).isEqualTo(200);
        assertThat(save.jsonPath().getInt("revision")).isEqualTo(1);
    }

    @Test
    void pressingStartOnASecondDeviceLeadsToTheNoticeAndChangesNothing() {
        var phone = startedOnPhone();
        var laptop = laptop(phone);
        laptop.open("");
        var start = laptop.browser.post(laptop.link("/start"), Map.of("csrf-token",
                laptop.browser.cookie("csrf-token")));

        assertThat(Html.locationPath(start)).isEqualTo(laptop.link(""));
        assertThat(saveFrom(phone, PHONE_TEXT, 1, 0).statusCode()).isEqualTo(200);
    }

    private static Response fromTab(Candidate device, String tab, String text, int revision, int base) {
        return device.browser.request().header("Assay-Tab", tab).contentType(ContentType.JSON)
                .accept(ContentType.JSON).body(Map.of("text", text, "revision", revision, "base", base))
                .put(device.api("/answers/q01"));
    }

    private static Response presence(Candidate device, String tab) {
        return device.browser.request().header("Assay-Tab", tab).accept(ContentType.JSON)
                .get(device.api("/presence"));
    }

    @Test
    void twoTabsOfOneBrowserAreTwoHoldersAndTheSecondTakesOverOnlyWhenAsked() {
        var browser = startedOnPhone();
        var firstTab = "0123456789abcdef";
        var secondTab = "fedcba9876543210";
        assertThat(fromTab(browser, firstTab, PHONE_TEXT, 1, 0).statusCode()).isEqualTo(200);

        var seen = presence(browser, secondTab);
        var refused = fromTab(browser, secondTab, LAPTOP_TEXT, 2, 1);

        assertThat(seen.jsonPath().getBoolean("activeHere")).isFalse();
        assertThat(seen.jsonPath().getBoolean("anotherTab")).as("held by a tab, not a device").isTrue();
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.jsonPath().getBoolean("elsewhere")).isTrue();
        assertThat(TestData.answers(browser.invite).get(0).text).isEqualTo(PHONE_TEXT);
        assertThat(Html.locationPath(browser.open(""))).as("the invitation link still leads into the test")
                .isEqualTo(browser.link("/q/1"));

        var takeOver = browser.browser.request().header("Assay-Tab", secondTab).contentType(ContentType.JSON)
                .accept(ContentType.JSON).body("{}").post(browser.api("/takeover"));

        assertThat(takeOver.statusCode()).isEqualTo(200);
        assertThat(presence(browser, firstTab).jsonPath().getBoolean("activeHere")).isFalse();
        assertThat(fromTab(browser, firstTab, PHONE_TEXT + " More.", 3, 1).statusCode()).isEqualTo(409);
        assertThat(fromTab(browser, secondTab, LAPTOP_TEXT, 3, 1).statusCode()).isEqualTo(200);
        assertThat(TestData.answers(browser.invite).get(0).text).isEqualTo(LAPTOP_TEXT);
    }

    @Test
    void anotherDeviceIsNotAnotherTab() {
        var phone = startedOnPhone();
        assertThat(fromTab(phone, "0123456789abcdef", PHONE_TEXT, 1, 0).statusCode()).isEqualTo(200);
        var laptop = laptop(phone);
        laptop.open("");

        var seen = presence(laptop, "0123456789abcdef");

        assertThat(seen.jsonPath().getBoolean("activeHere")).isFalse();
        assertThat(seen.jsonPath().getBoolean("anotherTab")).isFalse();
    }
}
