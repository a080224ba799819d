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

    private static Process app;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        assertThat(JAR).as("the PostgreSQL build (mvn package builds it)").exists();
        admin("drop database if exists " + DATABASE);
        admin("create database " + DATABASE);
        port = freePort();
        var java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-Dquarkus.profile=pg", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(LOG.toFile());
        builder.environment().putAll(Map.of(
                "ASSAY_DB_URL", SERVER + "/" + DATABASE,
                "ASSAY_DB_USER", "postgres",
                "ASSAY_DB_PASSWORD", "",
                "ASSAY_ADMIN_PASSWORD", PackagedFlow.ADMIN_PASSWORD,
                "ASSAY_DATA_DIR", Files.createTempDirectory("assay-pg-packaged-").toString(),
                "PORT", Integer.toString(port),
                "HOST", "127.0.0.1"));
        app = builder.start();
        awaitUp();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        admin("drop database if exists " + DATABASE);
    }

    @Test
    void thePostgresBuildGradesSubmittedAnswersWithEveryChannel() throws Exception {
        PackagedAppChecks.gradesWithEveryChannel(new PackagedFlow("http://127.0.0.1:" + port));
    }

    @Test
    void itListensOnlyWhereHostSays() throws IOException {
        assertThat(Files.readString(LOG)).contains("Listening on: http://127.0.0.1:" + port);
    }

    private static void awaitUp() throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live")).build();
        long until = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < until) {
            if (!app.isAlive()) {
                throw new AssertionError("The PostgreSQL build exited with " + app.exitValue() + ":\n" + tail());
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The PostgreSQL build did not start within " + START + ":\n" + tail());
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(LOG);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void admin(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(SERVER + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
