package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.assay.support.PostgresAvailable;

/**
 * The PostgreSQL build as the README starts it ({@code java -Dquarkus.profile=pg -jar target/pg/quarkus-run.jar},
 * with ASSAY_DB_URL and friends), against a new database on the local server: it must migrate, start and grade.
 */
@ExtendWith(PostgresAvailable.class)
class PackagedPostgresIT {

    private static final Path JAR = Path.of("target", "pg", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "pg-packaged.log");
    private static final ScratchDatabase DATABASE = new ScratchDatabase("assay_packaged_it");

    private static PackagedProcess app;

    @BeforeAll
    static void start() throws Exception {
        assertThat(JAR).as("the PostgreSQL build (mvn package builds it)").exists();
        DATABASE.create();
        Files.deleteIfExists(LOG);
        app = new PackagedProcess(JAR, List.of("-Dquarkus.profile=pg"), Map.of(
                "ASSAY_DB_URL", DATABASE.url(),
                "ASSAY_DB_USER", "postgres",
                "ASSAY_DB_PASSWORD", "",
                "ASSAY_ADMIN_PASSWORD", PackagedFlow.ADMIN_PASSWORD,
                "ASSAY_DATA_DIR", Files.createTempDirectory("assay-pg-packaged-").toString()), LOG);
        app.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        DATABASE.drop();
    }

    @Test
    void thePostgresBuildGradesSubmittedAnswersWithEveryChannel() throws Exception {
        PackagedAppChecks.gradesWithEveryChannel(new PackagedFlow(app.baseUrl()));
    }

    @Test
    void itListensOnlyWhereHostSays() throws IOException {
        assertThat(Files.readString(LOG)).contains("Listening on: http://127.0.0.1:" + app.port());
    }
}
