package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The packaged jar refuses settings out of their range before it opens the database or listens. */
class PackagedSettingsIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @Test
    void aSettingOutOfRangeStopsTheStartNamingTheSetting() throws Exception {
        var data = Files.createTempDirectory("assay-settings-");
        var log = Path.of("target", "packaged-settings.log");
        var command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-jar",
                JAR.toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("ASSAY_DATA_DIR", data.toString(),
                "ASSAY_ADMIN_PASSWORD", PackagedFlow.ADMIN_PASSWORD, "HOST", "127.0.0.1", "PORT", "0",
                "ASSAY_LIMITS_ANSWER_CHARS", "0", "ASSAY_WEBHOOKS_TIMEOUT", "PT0S", "ASSAY_GRADING_POLL", "-5s"));
        var process = builder.start();

        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        var output = Files.readString(log);
        assertThat(exited).as("the start ends by itself:\n" + output).isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("assay.limits.answer-chars", "assay.webhooks.timeout", "assay.grading.poll")
                .doesNotContain("Listening on");
        try (var files = Files.list(data)) {
            assertThat(files).as("no database is created").isEmpty();
        }
    }
}
