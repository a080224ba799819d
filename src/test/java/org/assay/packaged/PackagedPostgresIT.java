package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.assay.support.PostgresAvailable;
import org.assay.support.PostgresProfile;

/**
 * The PostgreSQL build as the README starts it ({@code java -Dquarkus.profile=pg -jar target/pg/quarkus-run.jar},
 * with ASSAY_DB_URL and friends), against a new database on the local server: it must migrate, start and grade.
 */
@ExtendWith(PostgresAvailable.class)
class PackagedPostgresIT {

    private static final Path JAR = Path.of("target", "pg", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "pg-packaged.log");
    private static final String SERVER = "jdbc:postgresql://" + PostgresProfile.HOST + ":" + PostgresProfile.PORT;
    private static final String DATABASE = "assay_packaged_it";
    private static final Duration START = Duration.ofMinutes(2);

    private static PackagedProcess app;

    @BeforeAll
    static void start() throws Exception {
        assertThat(JAR).as("the PostgreSQL build (mvn package builds it)").exists();
        admin("drop database if exists " + DATABASE);
        admin("create database " + DATABASE);
        Files.deleteIfExists(LOG);
        app = new PackagedProcess(JAR, List.of("-Dquarkus.profile=pg"), Map.of(
                "ASSAY_DB_URL", SERVER + "/" + DATABASE,
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
        admin("drop database if exists " + DATABASE);
    }

    @Test
    void thePostgresBuildGradesSubmittedAnswersWithEveryChannel() throws Exception {
        PackagedAppChecks.gradesWithEveryChannel(new PackagedFlow(app.baseUrl()));
    }

    @Test
    void itListensOnlyWhereHostSays() throws IOException {
        assertThat(Files.readString(LOG)).contains("Listening on: http://127.0.0.1:" + app.port());
    }

    private static void admin(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(SERVER + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
