package org.assay.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;

import org.assay.webhook.WebhookConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settings are read as Quarkus reads them at start-up: a value out of its range is refused, naming the setting. */
class SettingsRangeTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static SmallRyeConfig read(Map<String, String> values) {
        // Quarkus's own reading of durations, which also takes the short form ("5s") that schedules use
        return new SmallRyeConfigBuilder().withMapping(AssayConfig.class).withMapping(WebhookConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void theDefaultsAreInRange() {
        var config = read(Map.of()).getConfigMapping(AssayConfig.class);

        assertThat(config.limits().answerChars()).isEqualTo(10_000);
        assertThat(config.test().grace()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.grading().poll()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.mail().reminderCheck()).isEqualTo(Duration.ofMinutes(5));
    }

    @ParameterizedTest
    @CsvSource({
        "assay.group-commit.interval, -PT0.005S",
        "assay.limits.answer-chars, 0",
        "assay.limits.upload-bytes, -1",
        "assay.limits.failed-logins, 0",
        "assay.limits.lockout, -PT1M",
        "assay.limits.password-min-length, 0",
        "assay.limits.password-reset-validity, PT0S",
        "assay.test.grace, -PT1S",
        "assay.test.invitation-validity, PT0S",
        "assay.test.max-time-limit-minutes, 0",
        "assay.test.autosave-interval, PT0S",
        "assay.test.deadline-check, -PT5S",
        "assay.review.page-size, 0",
        "assay.review.reason-chars, -5",
        "assay.regrade.batch-size, 0",
        "assay.grading.workers, -1",
        "assay.grading.max-tries, 0",
        "assay.grading.claim, PT0S",
        "assay.mail.reminder-before, -P1D",
        "assay.mail.max-tries, 0",
        "assay.webhooks.timeout, PT0S",
        "assay.webhooks.max-tries, 0",
        "assay.webhooks.batch-size, 0",
        "assay.webhooks.claim, -PT2M",
        "assay.webhooks.poll, 0s",
        "assay.grading.poll, -5s",
        "assay.mail.poll, -1m",
        "assay.mail.reminder-check, PT0S",
        "assay.regrade.interval, -2s",
    })
    void aValueOutOfRangeIsRefusedNamingTheSetting(String setting, String value) {
        assertThatThrownBy(() -> read(Map.of(setting, value))).isInstanceOf(ConfigValidationException.class)
                .hasMessageMatching("(?s).*" + setting + " must be (greater|longer) than .*");
    }

    @Test
    void zeroStaysAllowedWhereItMeansNoneOrOff() {
        var config = read(Map.of("assay.test.grace", "PT0S", "assay.mail.reminder-before", "PT0S",
                "assay.grading.workers", "0", "assay.limits.api-tokens", "0", "assay.webhooks.retry-delay", "PT0S",
                "assay.group-commit.interval", "PT0S"))
                .getConfigMapping(AssayConfig.class);

        assertThat(config.mail().reminderBefore()).isZero();
        assertThat(config.grading().workers()).isZero();
        assertThat(config.groupCommit().interval()).isZero();
    }
}
