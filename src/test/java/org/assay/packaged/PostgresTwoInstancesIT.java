package org.assay.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.assay.support.PostgresAvailable;

/**
 * Two instances of the PostgreSQL build started together on one empty database, as a scaled deployment starts; then
 * one of them is killed again and again while the other keeps serving.
 */
@ExtendWith(PostgresAvailable.class)
class PostgresTwoInstancesIT {

    private static final Path JAR = Path.of("target", "pg", "quarkus-run.jar");
    private static final ScratchDatabase DATABASE = new ScratchDatabase("assay_two_instances_it");
    private static final int CANDIDATES = 12;
    private static final int SUBMITTERS = 6;
    private static final int KILLS = 5;

    private static PackagedProcess first;
    private static PackagedProcess second;

    @BeforeAll
    static void startTogether() throws Exception {
        DATABASE.create();
        first = instance("one");
        second = instance("two");
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> start(first)),
                CompletableFuture.runAsync(() -> start(second))).join();
    }

    @AfterAll
    static void stop() throws Exception {
        for (var app : new PackagedProcess[] { first, second }) {
            if (app != null) {
                app.stop();
            }
        }
        DATABASE.drop();
    }

    @Test
    void bothStartAndShareOneBankAndOneFirstAdmin() throws Exception {
        try (var connection = DATABASE.connect();
                var statement = connection.createStatement()) {
            var banks = statement.executeQuery("select count(*) from question_bank");
            banks.next();
            assertThat(banks.getInt(1)).isEqualTo(1);
            var admins = statement.executeQuery("select count(*) from app_user where username = 'admin'");
            admins.next();
            assertThat(admins.getInt(1)).isEqualTo(1);
        }
        var flow = new PackagedFlow(first.baseUrl());
        assertThat(flow.signIn()).isNotBlank();
        assertThat(new PackagedFlow(second.baseUrl()).signIn()).isNotBlank();
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillsOfOneInstanceWhileTheOtherServes() throws Exception {
        var workload = new CrashWorkload("PostgresTwoInstancesIT", List.of(first, second), 20261207);
        workload.invite(CANDIDATES);

        var outcome = workload.run(second, KILLS, SUBMITTERS);
        var waiting = workload.awaitGraded(Duration.ofSeconds(60));
        List<String> stored;
        try (var connection = DATABASE.connect()) {
            stored = workload.checkDatabase(connection);
        }

        CrashWorkload.assertNothingLost(outcome, SUBMITTERS, stored, waiting);
    }

    private static PackagedProcess instance(String name) throws Exception {
        var log = Path.of("target", "pg-instance-" + name + ".log");
        Files.deleteIfExists(log);
        return new PackagedProcess(JAR, List.of("-Dquarkus.profile=pg", "-Xmx512m"), Map.of(
                "ASSAY_DB_URL", DATABASE.url(),
                "ASSAY_DB_USER", "postgres",
                "ASSAY_DB_PASSWORD", "",
                "ASSAY_ADMIN_PASSWORD", PackagedFlow.ADMIN_PASSWORD,
                "ASSAY_SESSION_KEY", "two-instances-share-this-session-key-0123",
                // An answer claimed by a killed instance is taken over after this, instead of after 5 minutes
                "ASSAY_GRADING_CLAIM", "PT10S",
                "ASSAY_DATA_DIR", Files.createTempDirectory("assay-pg-" + name + "-").toString()), log);
    }

    private static void start(PackagedProcess app) {
        try {
            app.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
