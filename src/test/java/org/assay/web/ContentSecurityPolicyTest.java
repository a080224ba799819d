package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts and styles from Assay's own files only: a page that needed an inline
 * script, style or event handler would silently break in the browser.
 */
class ContentSecurityPolicyTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle\\s*=|\\son[a-z]+\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateNeedsWhatThePolicyForbids() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            var offending = files.filter(Files::isRegularFile).filter(ContentSecurityPolicyTest::breaksPolicy)
                    .map(Path::toString).toList();
            assertThat(offending).isEmpty();
        }
        assertThat(breaks("<p style=\"color: red\">")).isTrue();
        assertThat(breaks("<button onclick=\"go()\">")).isTrue();
        assertThat(breaks("<script>alert(1)</script>")).isTrue();
        assertThat(breaks("<script src=\"/js/autosave.js\" defer></script>")).isFalse();
    }

    private static boolean breaksPolicy(Path file) {
        try {
            return breaks(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean breaks(String html) {
        return FORBIDDEN.matcher(html).find();
    }
}
