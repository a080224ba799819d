package org.assay.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.assay.support.WebSession;

/**
 * Drives the system Chromium headless; nothing is downloaded. Tests skip where Chromium is missing, except under CI
 * (CI=true), where a missing browser is a failure.
 */
abstract class BrowserSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    /** axe-core from its npm package, through the webjar on the test classpath. */
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private static Playwright playwright;
    private static String axeSource;
    private static Browser browser;

    BrowserContext context;
    Page page;
    private final List<BrowserContext> others = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("Chromium is missing at " + CHROMIUM + "; CI must install the chromium package");
        }
        assumeTrue(installed, "Chromium is not installed at " + CHROMIUM + ": browser tests skipped");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        openPage("UTC");
    }

    /** A fresh browser window whose clock is in the given time zone, in place of the current one. */
    void openPage(String timeZone) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setTimezoneId(timeZone));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    /** Another browser (another device) of the given screen size and time zone, closed with the test's own. */
    BrowserContext device(int width, int height, String timezoneId) {
        var other = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setTimezoneId(timezoneId)
                .setViewportSize(width, height));
        other.setDefaultTimeout(15_000);
        others.add(other);
        return other;
    }

    /** Signs in as the test admin on {@code on}; {@code root} is the application's address without a final slash. */
    static void signInAsAdmin(Page on, String root) {
        on.navigate(root + "/login");
        on.locator("#j_username").fill(WebSession.ADMIN);
        on.locator("#j_password").fill(WebSession.ADMIN_PASSWORD);
        on.locator("form[action='/j_security_check'] button[type=submit]").click();
        on.waitForURL(root + "/");
    }

    /** Whether the element is inside the viewport and nothing covers its middle. */
    static boolean inSight(Page on, String selector) {
        return (Boolean) on.evaluate("""
                (selector) => {
                  const element = document.querySelector(selector);
                  const box = element.getBoundingClientRect();
                  if (box.height === 0 || box.top < 0 || box.bottom > window.innerHeight) {
                    return false;
                  }
                  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                  return hit !== null && (hit === element || element.contains(hit));
                }""", selector);
    }

    /** A second page, in its own context, with JavaScript turned off: what a user without scripts sees. */
    Page pageWithoutScripts() {
        var plain = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setTimezoneId("UTC")
                .setJavaScriptEnabled(false));
        plain.setDefaultTimeout(15_000);
        others.add(plain);
        return plain.newPage();
    }

    /**
     * Runs every axe-core rule on the page as it is now and fails with one line per violation. The script is
     * evaluated rather than added as a script tag: the pages' Content-Security-Policy refuses inline scripts.
     */
    static void assertAccessible(Page on) {
        on.evaluate("() => {\n" + axeSource() + "\n}");
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) on.evaluate("""
                async () => (await axe.run(document)).violations.map((v) => ({
                  id: v.id, impact: v.impact, help: v.help,
                  targets: v.nodes.map((n) => n.target.join(' ')).join(', ')
                }))""");
        if (!violations.isEmpty()) {
            var report = new StringBuilder(violations.size() + " accessibility violation(s) on " + on.url() + ":");
            for (var v : violations) {
                report.append("\n  ").append(v.get("id")).append(" [").append(v.get("impact")).append("] ")
                        .append(v.get("targets")).append(": ").append(v.get("help"));
            }
            fail(report.toString());
        }
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = BrowserSupport.class.getClassLoader().getResourceAsStream(AXE)) {
                if (in == null) {
                    fail("axe-core is missing from the test classpath at " + AXE);
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    @AfterEach
    void closePage() {
        others.forEach(BrowserContext::close);
        others.clear();
        if (context != null) {
            context.close();
        }
    }
}
