package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

/**
 * The jar users run, {@code target/quarkus-app/quarkus-run.jar}, started by Quarkus as a separate process on the
 * embedded H2 database in a fresh folder: it must grade with every channel.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppResource.class)
class PackagedAppIT {

    @Test
    void theJarGradesSubmittedAnswersWithEveryChannel() throws Exception {
        PackagedAppChecks.gradesWithEveryChannel(new PackagedFlow("http://localhost:" + RestAssured.port));
    }

    @Test
    void theLogNeverShowsTheSessionKey() throws IOException {
        var session = new PackagedFlow("http://localhost:" + RestAssured.port).signIn();
        var log = Path.of("target", "quarkus.log");

        assertThat(session).isNotBlank();
        assertThat(log).exists();
        assertThat(Files.readString(log)).doesNotContainIgnoringCase("encryption key")
                .doesNotContain("temporary key").contains("Created the first admin account");
    }
}
