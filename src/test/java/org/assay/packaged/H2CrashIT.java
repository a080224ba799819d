package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Kills the packaged jar on its default database, embedded H2, with SIGKILL while candidates autosave and submit and
 * a reviewer changes scores, five times at seeded random moments, restarting it each time on the same data folder;
 * then checks that every save, submit and override the server acknowledged is still there, and that no answer was
 * graded twice. Loopback only, fixed counts, about a minute on an idle machine.
 */
class H2CrashIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "h2-crash.log");
    private static final int CANDIDATES = 12;
    private static final int SUBMITTERS = 6;
    private static final int KILLS = 5;

    private static PackagedProcess app;

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void everyAcknowledgedSaveSubmitAndOverrideSurvivesKills() throws Exception {
        Files.deleteIfExists(LOG);
        var data = Files.createTempDirectory("assay-h2-crash-");
        // The group commit's interval set as an operator would (5 ms, not its default): the server must accept it
        app = new PackagedProcess(JAR, List.of("-Xmx512m", "-Dassay.group-commit.interval=PT0.005S"), Map.of(
                "ASSAY_DATA_DIR", data.toString(),
                "ASSAY_ADMIN_PASSWORD", PackagedFlow.ADMIN_PASSWORD,
                // The reviewer's session outlives the restarts
                "ASSAY_SESSION_KEY", "crash-test-session-key-0123456789abcdef",
                // An answer claimed by a killed process is graded again after this, instead of after 5 minutes
                "ASSAY_GRADING_CLAIM", "PT10S"), LOG);
        app.start();
        var workload = new CrashWorkload("H2CrashIT", List.of(app), 20261206);
        workload.invite(CANDIDATES);

        var outcome = workload.run(app, KILLS, SUBMITTERS);
        var waiting = workload.awaitGraded(Duration.ofSeconds(60));
        app.stop();
        List<String> stored;
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("assay"), "assay", "")) {
            stored = workload.checkDatabase(connection);
        }

        CrashWorkload.assertNothingLost(outcome, SUBMITTERS, stored, waiting);
        // A normal stop lets no scheduled job start against a database already closed
        assertThat(Files.readString(LOG)).doesNotContain("EntityManagerFactory is closed")
                .doesNotContain("Error Occurred After Shutdown");
    }
}
